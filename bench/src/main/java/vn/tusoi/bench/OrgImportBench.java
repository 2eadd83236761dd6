package vn.tusoi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.tusoi.events.Topics;
import vn.tusoi.org.OrgServiceApplication;
import vn.tusoi.org.imports.ImportJobView;
import vn.tusoi.org.imports.ImportKind;
import vn.tusoi.org.imports.ImportService;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.platform.text.VietnameseText;

/**
 * Imports a province (6,001 units, 160,000 members) through org-service's import path — CSV file, job, checks,
 * one transaction, outbox fan-out to a real Kafka broker — then inserts the same member rows with a plain JDBC
 * batch into a copy of the member table in the same database, and prints both rates.
 */
public final class OrgImportBench {

    private static final int COMMUNES = 120;
    private static final int CELLS_PER_COMMUNE = 49;
    private static final int MEMBERS = 160_000;
    private static final int WARM_UP_MEMBERS = 20_000;
    private static final Caller OPERATOR = new Caller("bench", Optional.empty(), Set.of(Caller.ROLE_SYSTEM_ADMIN));

    public static void main(String[] args) throws Exception {
        BenchService.run(OrgServiceApplication.class, "bench_org", OrgImportBench::run);
    }

    private static void run(ConfigurableApplicationContext service, String url, String brokers) throws Exception {
        ImportService imports = service.getBean(ImportService.class);
        JdbcClient jdbc = service.getBean(JdbcClient.class);
        // a smaller province first, so the measured import and the raw insert both run on a warmed-up JVM
        long warmStart = System.nanoTime();
        expectSucceeded(imports, imports.importAndWait(ImportKind.UNITS, "warm-units.csv",
                ImportKind.UNITS.csv(units("WARM", 2)), OPERATOR, Duration.ofMinutes(5)));
        List<List<Object>> warmMembers = members("WARM", 2, WARM_UP_MEMBERS, 1);
        expectSucceeded(imports, imports.importAndWait(ImportKind.MEMBERS, "warm-members.csv",
                ImportKind.MEMBERS.csv(warmMembers), OPERATOR, Duration.ofMinutes(5)));
        System.out.printf("warm_up_cold_jvm_import_members=%d%nwarm_up_cold_jvm_import_seconds=%.1f%n",
                WARM_UP_MEMBERS, seconds(warmStart));
        awaitFanOut(jdbc);
        rawInsert(url, warmMembers, cellIds(jdbc), "96", "03");

        List<List<Object>> units = units("BENCH", COMMUNES);
        List<List<Object>> members = members("BENCH", COMMUNES, MEMBERS, 0);
        byte[] unitFile = ImportKind.UNITS.csv(units);
        byte[] memberFile = ImportKind.MEMBERS.csv(members);
        System.out.printf("units=%d%nmembers=%d%nmember_file_mib=%.1f%n", units.size(), members.size(),
                memberFile.length / 1048576.0);

        long start = System.nanoTime();
        expectSucceeded(imports, imports.importAndWait(ImportKind.UNITS, "units.csv", unitFile, OPERATOR, Duration.ofMinutes(5)));
        System.out.printf("unit_import_seconds=%.1f%n", seconds(start));
        awaitFanOut(jdbc);

        start = System.nanoTime();
        ImportJobView job = imports.importAndWait(ImportKind.MEMBERS, "members.csv", memberFile, OPERATOR,
                Duration.ofMinutes(10));
        expectSucceeded(imports, job);
        double importSeconds = seconds(start);
        double importRate = MEMBERS / importSeconds;
        System.out.printf("member_import_seconds=%.1f%nmember_import_created=%d%nimport_rows_per_s=%.0f%n",
                importSeconds, job.created(), importRate);

        long published = System.nanoTime();
        awaitFanOut(jdbc);
        System.out.printf("events_fanned_out_seconds_after_import=%.1f%nevents_on_org_members_topic=%d%n",
                seconds(published), endOffsets(brokers, Topics.ORG_MEMBERS) - WARM_UP_MEMBERS);

        start = System.nanoTime();
        ImportJobView again = imports.importAndWait(ImportKind.MEMBERS, "members.csv", memberFile, OPERATOR,
                Duration.ofMinutes(10));
        expectSucceeded(imports, again);
        System.out.printf("reimport_unchanged_seconds=%.1f%nreimport_unchanged=%d%nreimport_created=%d%n",
                seconds(start), again.unchanged(), again.created());

        // the raw insert is cheap to repeat: the median of three runs steadies the baseline on a busy machine
        Map<String, byte[]> cells = cellIds(jdbc);
        double[] rawSeconds = {rawInsert(url, members, cells, "95", "02"), rawInsert(url, members, cells, "97", "04"),
                rawInsert(url, members, cells, "98", "05")};
        Arrays.sort(rawSeconds);
        double rawRate = MEMBERS / rawSeconds[1];
        System.out.printf("raw_jdbc_seconds_runs=%.1f,%.1f,%.1f%nraw_jdbc_seconds_median=%.1f%n", rawSeconds[0],
                rawSeconds[1], rawSeconds[2], rawSeconds[1]);
        System.out.printf("raw_jdbc_rows_per_s=%.0f%n", rawRate);
        System.out.printf("ratio_to_raw_jdbc=%.2f%n", importRate / rawRate);
    }

    /** The same member rows, already converted, inserted in batches of 1,000 in one transaction. */
    private static void awaitFanOut(JdbcClient jdbc) throws InterruptedException {
        while (jdbc.sql("select count(*) from event_publication where completion_date is null").query(Long.class)
                .single() > 0) {
            Thread.sleep(100);
        }
    }

    /**
     * The same rows inserted into the same member table (same indexes, unique keys and foreign key), with the
     * card and citizen id numbers given another prefix so they do not collide with the imported ones.
     */
    private static double rawInsert(String url, List<List<Object>> members, Map<String, byte[]> cells,
            String cardPrefix, String citizenPrefix) throws Exception {
        List<Object[]> rows = new ArrayList<>(members.size());
        for (List<Object> m : members) {
            String name = (String) m.get(1);
            rows.add(new Object[] {UuidBytes.of(Ids.newId()), name, VietnameseText.fold(name), cells.get(m.get(10)),
                    LocalDate.parse((String) m.get(2), VietnameseDates.DAY), "Nữ".equals(m.get(3)) ? "FEMALE" : "MALE",
                    cardPrefix + ((String) m.get(4)).substring(2), citizenPrefix + ((String) m.get(5)).substring(2), LocalDate.parse((String) m.get(6), VietnameseDates.DAY), LocalDate.parse((String) m.get(7), VietnameseDates.DAY),
                    m.get(8), "+84" + ((String) m.get(9)).substring(1), "Có".equals(m.get(11))});
        }
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            connection.setAutoCommit(false);
            Object now = UtcTimes.of(java.time.Instant.now());
            long start = System.nanoTime();
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into member (id, full_name, name_search, home_unit_id, status, version, created_at,
                                            updated_at, date_of_birth, gender, party_card_number, citizen_id,
                                            joined_on, official_on, email, mobile, holds_leadership_post,
                                            outside_political_system)
                    values (?, ?, ?, ?, 'ACTIVE', 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                    """)) {
                int n = 0;
                for (Object[] row : rows) {
                    insert.setBytes(1, (byte[]) row[0]);
                    insert.setString(2, (String) row[1]);
                    insert.setString(3, (String) row[2]);
                    insert.setBytes(4, (byte[]) row[3]);
                    insert.setObject(5, now);
                    insert.setObject(6, now);
                    insert.setObject(7, row[4]);
                    insert.setString(8, (String) row[5]);
                    insert.setString(9, (String) row[6]);
                    insert.setString(10, (String) row[7]);
                    insert.setObject(11, row[8]);
                    insert.setObject(12, row[9]);
                    insert.setString(13, (String) row[10]);
                    insert.setString(14, (String) row[11]);
                    insert.setBoolean(15, (Boolean) row[12]);
                    insert.addBatch();
                    if (++n % 1_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
            return seconds(start);
        }
    }

    private static Map<String, byte[]> cellIds(JdbcClient jdbc) {
        Map<String, byte[]> ids = new HashMap<>();
        jdbc.sql("select code, id from org_unit").query(rs -> {
            ids.put(rs.getString(1), rs.getBytes(2));
        });
        return ids;
    }

    private static List<List<Object>> units(String province, int communes) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("TU-" + province, "Tỉnh ủy " + province, "Tỉnh ủy", null));
        for (int c = 0; c < communes; c++) {
            String commune = String.format("%s-XA-%03d", province, c);
            rows.add(Arrays.asList(commune, "Đảng ủy xã Số " + c, "Đảng ủy xã", "TU-" + province));
            for (int k = 0; k < CELLS_PER_COMMUNE; k++) {
                rows.add(Arrays.asList(cellCode(province, c, k), "Chi bộ thôn " + k + ", xã Số " + c,
                        "Chi bộ trực thuộc", commune));
            }
        }
        return rows;
    }

    private static String cellCode(String province, int commune, int cell) {
        return String.format("%s-CB-%03d-%02d", province, commune, cell);
    }

    private static List<List<Object>> members(String province, int communes, int count, int cardPrefix) {
        String[] family = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi"};
        String[] middle = {"Văn", "Thị", "Đức", "Minh", "Ngọc"};
        String[] given = {"An", "Bình", "Hương", "Dũng", "Lan", "Sơn", "Tuấn", "Yến", "Đạt"};
        List<List<Object>> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = family[i % family.length] + " " + middle[(i / 8) % middle.length] + " "
                    + given[(i / 40) % given.length];
            LocalDate born = LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28);
            LocalDate joined = born.plusYears(20 + i % 6);
            String cell = cellCode(province, (i / CELLS_PER_COMMUNE) % communes, i % CELLS_PER_COMMUNE);
            rows.add(Arrays.asList(null, name, VietnameseDates.DAY.format(born), name.contains(" Thị ") ? "Nữ" : "Nam",
                    String.format("9%d%08d", 3 + cardPrefix, i), String.format("0%d%010d", cardPrefix, i),
                    VietnameseDates.DAY.format(joined),
                    VietnameseDates.DAY.format(joined.plusYears(1)), i % 3 == 0 ? "dv" + i + "@binhson.gov.vn" : null,
                    String.format("09%08d", i), cell, i % 10 == 0 ? "Có" : "Không", "Không"));
        }
        return rows;
    }

    private static long endOffsets(String brokers, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", brokers),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).collect(Collectors.toList());
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static void expectSucceeded(ImportService imports, ImportJobView job) {
        if (!"SUCCEEDED".equals(job.status())) {
            imports.problems(job.id(), OPERATOR, 0, 5, java.util.Locale.ENGLISH)
                    .forEach(problem -> System.err.println("row " + problem.row() + " " + problem.column() + ": "
                            + problem.message()));
            throw new IllegalStateException("Import " + job.id() + " ended " + job.status() + ": " + job.failure());
        }
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
