package vn.tusoi.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.AssignmentsIssued;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.ReviewServiceApplication;
import vn.tusoi.review.assignment.CampaignLaunch;
import vn.tusoi.review.assignment.LaunchResult;
import vn.tusoi.review.calendar.WorkingCalendar;
import vn.tusoi.review.campaign.CampaignKind;
import vn.tusoi.review.campaign.CampaignService;
import vn.tusoi.review.campaign.NewCampaign;

/**
 * Launches a campaign over a province (6,001 units, 160,000 members, committees in every commune and chi bộ)
 * through review-service's launch path — scope from the org replica, planning, batched writes in one
 * transaction, outbox fan-out to a real Kafka broker — then inserts the same assignment rows with a plain JDBC
 * batch into the same table, and prints both rates.
 */
public final class CampaignLaunchBench {

    private static final int COMMUNES = 120;
    private static final int CELLS_PER_COMMUNE = 49;
    private static final int MEMBERS = 160_000;
    private static final int WARM_UP_MEMBERS = 20_000;
    static final Caller OPERATOR = new Caller("bench", Optional.empty(), Set.of(Caller.ROLE_SYSTEM_ADMIN));
    private static final LocalDate APPOINTED = LocalDate.of(2025, 10, 1);

    /** stdout carries the figures only; everything else (logs of the database, broker and service) goes to stderr */
    private static final PrintStream FIGURES = System.out;

    public static void main(String[] args) throws Exception {
        System.setOut(System.err);
        BenchService.run(ReviewServiceApplication.class, "bench_review", CampaignLaunchBench::run);
    }

    private static void run(ConfigurableApplicationContext service, String url, String brokers) throws Exception {
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        JsonMapper json = service.getBean(JsonMapper.class);
        CampaignLaunch launch = service.getBean(CampaignLaunch.class);

        // a smaller province first, so the measured launch and the raw insert both run on a warmed-up JVM
        UUID warm = province(jdbc, json, "WARM", 2, WARM_UP_MEMBERS);
        LaunchResult warmLaunch = launch.launch(campaign(service, warm), OPERATOR);
        rawInsert(url, jdbc, warmLaunch.campaign().id());
        FIGURES.printf("warm_up_assignments=%d%n", warmLaunch.created());

        UUID province = province(jdbc, json, "MAIN", COMMUNES, MEMBERS);
        FIGURES.printf("units=%d%nmembers=%d%n", 1 + COMMUNES + COMMUNES * CELLS_PER_COMMUNE, MEMBERS);
        UUID campaignId = campaign(service, province);
        long start = System.nanoTime();
        LaunchResult result = launch.launch(campaignId, OPERATOR);
        double launchSeconds = (System.nanoTime() - start) / 1e9;
        long committedAt = System.nanoTime();
        double launchRate = result.created() / launchSeconds;
        FIGURES.printf("assignments=%d%nlaunch_seconds=%.1f%nlaunch_rows_per_s=%.0f%n", result.created(),
                launchSeconds, launchRate);
        printBreakdown(jdbc, campaignId);

        double eventsSeconds = awaitAnnounced(brokers, json, campaignId, result.created(), committedAt);
        FIGURES.printf("events_after_commit_seconds=%.1f%n", eventsSeconds);

        start = System.nanoTime();
        LaunchResult again = launch.launch(campaignId, OPERATOR);
        FIGURES.printf("relaunch_added=%d%nrelaunch_seconds=%.1f%n", again.created(),
                (System.nanoTime() - start) / 1e9);

        // the raw insert is cheap to repeat: the median of three runs steadies the baseline on a busy machine
        double[] rawSeconds = {rawInsert(url, jdbc, campaignId), rawInsert(url, jdbc, campaignId),
                rawInsert(url, jdbc, campaignId)};
        Arrays.sort(rawSeconds);
        double rawRate = result.created() / rawSeconds[1];
        FIGURES.printf("raw_jdbc_seconds_runs=%.1f,%.1f,%.1f%nraw_jdbc_seconds_median=%.1f%n", rawSeconds[0],
                rawSeconds[1], rawSeconds[2], rawSeconds[1]);
        FIGURES.printf("raw_jdbc_rows_per_s=%.0f%n", rawRate);
        FIGURES.printf("ratio_to_raw_jdbc=%.2f%n", launchRate / rawRate);
    }

    static UUID campaign(ConfigurableApplicationContext service, UUID province) {
        WorkingCalendar calendar = service.getBean(WorkingCalendar.class);
        LocalDate today = LocalDate.now(service.getBean(Clock.class));
        NewCampaign request = new NewCampaign(province, CampaignKind.THEMATIC, "Tự soi, tự sửa 2026",
                today.withDayOfYear(1), today, List.of(), null, List.of(
                        new NewCampaign.Deadline(1, calendar.addWorkingDays(today, 20)),
                        new NewCampaign.Deadline(2, calendar.addWorkingDays(today, 10))), null);
        return service.getBean(CampaignService.class).create(request, OPERATOR).id();
    }

    /**
     * A province in the org replica: communes of 49 chi bộ each, members spread over the chi bộ; every chi bộ has
     * a bí thư and a phó bí thư, every commune a committee of nine drawn from its chi bộ; one member in twenty
     * works outside the political system.
     */
    static UUID province(JdbcTemplate jdbc, JsonMapper json, String code, int communes, int members) {
        UUID province = Ids.newId();
        Object now = UtcTimes.of(Instant.now());
        List<Object[]> units = new ArrayList<>();
        String provincePath = "/" + province + "/";
        units.add(unit(province, code, "TINH_UY", null, provincePath, now));
        List<UUID> cells = new ArrayList<>();
        List<String> cellPaths = new ArrayList<>();
        List<UUID> cellCommunes = new ArrayList<>();
        for (int c = 0; c < communes; c++) {
            UUID commune = Ids.newId();
            String communePath = provincePath + commune + "/";
            units.add(unit(commune, code + "-X" + c, "DANG_UY_XA", province, communePath, now));
            for (int b = 0; b < CELLS_PER_COMMUNE; b++) {
                UUID cell = Ids.newId();
                units.add(unit(cell, code + "-X" + c + "-B" + b, "CHI_BO", commune, communePath + cell + "/", now));
                cells.add(cell);
                cellPaths.add(communePath + cell + "/");
                cellCommunes.add(commune);
            }
        }
        jdbc.batchUpdate("""
                insert into org_unit_replica (id, code, name, type_code, parent_id, path, status, version, changed_at)
                values (?, ?, ?, ?, ?, ?, 'ACTIVE', 1, ?)
                """, units);

        String[] committee = {"BI_THU", "PHO_BI_THU", "PHO_BI_THU", "CAP_UY_VIEN", "CAP_UY_VIEN", "CAP_UY_VIEN",
                "CAP_UY_VIEN", "CAP_UY_VIEN", "CAP_UY_VIEN"};
        List<Object[]> rows = new ArrayList<>(members);
        for (int i = 0; i < members; i++) {
            int cellIndex = i % cells.size();
            int rankInCell = i / cells.size();
            UUID cell = cells.get(cellIndex);
            List<MemberChanged.Position> positions = new ArrayList<>();
            if (rankInCell == 0) {
                positions.add(new MemberChanged.Position(cell, "BI_THU", APPOINTED, null));
            } else if (rankInCell == 1) {
                positions.add(new MemberChanged.Position(cell, "PHO_BI_THU", APPOINTED, null));
            }
            int cellInCommune = cellIndex % CELLS_PER_COMMUNE;
            if (rankInCell == 2 && cellInCommune < committee.length) {
                positions.add(new MemberChanged.Position(cellCommunes.get(cellIndex), committee[cellInCommune],
                        APPOINTED, null));
            }
            rows.add(new Object[] {UuidBytes.of(Ids.newId()), "Đảng viên " + code + " " + i, UuidBytes.of(cell),
                    cellPaths.get(cellIndex), !positions.isEmpty(), i % 20 == 19,
                    json.writeValueAsString(positions), now});
        }
        jdbc.batchUpdate("""
                insert into org_member_replica (id, full_name, home_unit_id, home_unit_path, status, email, mobile,
                       holds_leadership_post, outside_political_system, positions, version, changed_at)
                values (?, ?, ?, ?, 'ACTIVE', null, null, ?, ?, ?, 1, ?)
                """, rows);
        return province;
    }

    private static Object[] unit(UUID id, String code, String type, UUID parent, String path, Object now) {
        return new Object[] {UuidBytes.of(id), code, "Đơn vị " + code, type, parent == null ? null
                : UuidBytes.of(parent), path, now};
    }

    private static void printBreakdown(JdbcTemplate jdbc, UUID campaignId) {
        JdbcClient.create(jdbc).sql("select kind, template_code, count(*) from review_assignment"
                        + " where campaign_id = ? group by kind, template_code order by kind, template_code")
                .param(UuidBytes.of(campaignId))
                .query((rs, row) -> "assignments_%s_%s=%d".formatted(rs.getString(1).toLowerCase(),
                        rs.getString(2).toLowerCase(), rs.getLong(3)))
                .list().forEach(FIGURES::println);
    }

    /** Seconds from the launch's commit until every assignment has been announced on review.events.v1. */
    static double awaitAnnounced(String brokers, JsonMapper json, UUID campaignId, long expected,
            long committedAt) {
        Map<String, Object> config = Map.of("bootstrap.servers", brokers, "group.id", "bench-" + Ids.newId(),
                "auto.offset.reset", "earliest", "enable.auto.commit", "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REVIEW_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long announced = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            String key = campaignId.toString();
            while (announced < expected && System.nanoTime() < deadline) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    var type = record.headers().lastHeader("ce_type");
                    if (key.equals(record.key()) && type != null
                            && AssignmentsIssued.TYPE.equals(new String(type.value()))) {
                        announced += json.readValue(record.value(), AssignmentsIssued.class).assignments().size();
                    }
                }
            }
            if (announced < expected) {
                throw new IllegalStateException("only " + announced + " of " + expected + " assignments announced");
            }
            return (System.nanoTime() - committedAt) / 1e9;
        }
    }

    /**
     * The launch's rows inserted again into the same table (same indexes and unique key) under another campaign
     * id, with a plain JDBC batch, then removed; returns the seconds the insert and commit took.
     */
    private static double rawInsert(String url, JdbcTemplate jdbc, UUID campaignId) throws Exception {
        List<Object[]> rows = jdbc.query("select kind, place_unit_id, member_id, template_code, due"
                        + " from review_assignment where campaign_id = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4),
                        rs.getDate(5)}, (Object) UuidBytes.of(campaignId));
        byte[] rawCampaign = UuidBytes.of(Ids.newId());
        double seconds;
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            connection.setAutoCommit(false);
            Object now = UtcTimes.of(Instant.now());
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into review_assignment (id, campaign_id, kind, place_unit_id, member_id, template_code,
                                                   due, status, launch_round, version, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', 1, 0, ?)
                    """)) {
                int n = 0;
                for (Object[] row : rows) {
                    insert.setBytes(1, UuidBytes.of(Ids.newId()));
                    insert.setBytes(2, rawCampaign);
                    insert.setString(3, (String) row[0]);
                    insert.setBytes(4, (byte[]) row[1]);
                    insert.setBytes(5, (byte[]) row[2]);
                    insert.setString(6, (String) row[3]);
                    insert.setDate(7, (Date) row[4]);
                    insert.setObject(8, now);
                    insert.addBatch();
                    if (++n % 2_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            seconds = (System.nanoTime() - start) / 1e9;
        }
        JdbcClient.create(jdbc).sql("delete from review_assignment where campaign_id = ?").param(rawCampaign).update();
        return seconds;
    }
}
