package vn.tusoi.bench;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.ReviewServiceApplication;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.assignment.Assignments;
import vn.tusoi.review.assignment.CampaignLaunch;
import vn.tusoi.review.assignment.LaunchResult;
import vn.tusoi.review.assignment.Tallies;
import vn.tusoi.review.lifecycle.RatingLevel;
import vn.tusoi.review.lifecycle.ReviewStatus;
import vn.tusoi.review.rollup.RollupService;

/**
 * The province root's roll-up while submissions and decisions are going on: a province campaign (~167,000
 * assignments) is launched, a writer thread submits and decides reports through the same writes the service makes,
 * and the roll-up is read beside the naive aggregate over the reports that gives the same counts. Then the same at
 * five times the data (five times the units and members), to show how each cost grows.
 */
public final class RollupBench {

    private static final PrintStream FIGURES = System.out;
    private static final int WARM_UP = 20;
    private static final int SAMPLES = 200;
    /** The naive aggregate takes a second or more: read once every ten roll-ups, interleaved with them. */
    private static final int NAIVE_EVERY = 10;
    /**
     * The writer's pace while measuring: 50 submissions or decisions a second is 180,000 an hour, a whole province
     * handing in within the hour, far above a real campaign's busiest day. A second round at the province size lets
     * the writer go as fast as one connection allows (the machine's limit rather than a campaign's).
     */
    private static final int PACED = 50;

    public static void main(String[] args) throws Exception {
        System.setOut(System.err);
        BenchService.run(ReviewServiceApplication.class, "bench_rollup", RollupBench::run);
    }

    private static void run(ConfigurableApplicationContext service, String url, String brokers) throws Exception {
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        JsonMapper json = service.getBean(JsonMapper.class);
        double[] base = measure(service, brokers, jdbc, json, "MAIN", 120, 160_000, "");
        double[] five = measure(service, brokers, jdbc, json, "BIG", 600, 800_000, "_5x");
        FIGURES.printf("writer_paced_changes_per_s=%d%n", PACED);
        FIGURES.printf("growth_rollup_5x=%.2f%ngrowth_naive_5x=%.2f%n", five[0] / base[0], five[1] / base[1]);
        FIGURES.printf("p95_ms=%.1f%n", base[0]);
    }

    /** @return the p95 of the roll-up and of the naive aggregate, in ms */
    private static double[] measure(ConfigurableApplicationContext service, String brokers, JdbcTemplate jdbc,
            JsonMapper json, String code, int communes, int members, String suffix) throws Exception {
        UUID province = CampaignLaunchBench.province(jdbc, json, code, communes, members);
        UUID campaign = CampaignLaunchBench.campaign(service, province);
        LaunchResult launched = service.getBean(CampaignLaunch.class).launch(campaign, CampaignLaunchBench.OPERATOR);
        // the fan-out to Kafka is over before measuring, so that it does not share the machine with the reads
        CampaignLaunchBench.awaitAnnounced(brokers, json, campaign, launched.created(), System.nanoTime());
        long tallyRows = JdbcClient.create(jdbc).sql("select count(*) from review_status_tally where campaign_id = ?")
                .param(UuidBytes.of(campaign)).query(Long.class).single();
        FIGURES.printf("assignments%s=%d%ntally_rows%s=%d%n", suffix, launched.created(), suffix, tallyRows);

        double[] paced = round(service, jdbc, campaign, province, PACED, suffix);
        if (suffix.isEmpty()) {
            round(service, jdbc, campaign, province, 0, "_unpaced");
        }
        return paced;
    }

    /** One round of reads while the writer goes at {@code perSecond} (0: as fast as it can). */
    private static double[] round(ConfigurableApplicationContext service, JdbcTemplate jdbc, UUID campaign,
            UUID province, int perSecond, String suffix) throws Exception {
        RollupService rollup = service.getBean(RollupService.class);
        LocalDate today = LocalDate.now(service.getBean(Clock.class));
        String path = "/" + province + "/";
        Writer writer = new Writer(service, jdbc, campaign, perSecond);
        Thread load = new Thread(writer, "bench-writer");
        load.start();
        try {
            for (int i = 0; i < WARM_UP; i++) {
                rollup.of(campaign, province, CampaignLaunchBench.OPERATOR);
            }
            naive(jdbc, campaign, path, today);
            double[] fast = new double[SAMPLES];
            double[] slow = new double[SAMPLES / NAIVE_EVERY];
            long changesBefore = writer.changes.get();
            long started = System.nanoTime();
            for (int i = 0; i < SAMPLES; i++) {
                long t0 = System.nanoTime();
                rollup.of(campaign, province, CampaignLaunchBench.OPERATOR);
                fast[i] = (System.nanoTime() - t0) / 1e6;
                if (i % NAIVE_EVERY == 0) {
                    long t1 = System.nanoTime();
                    naive(jdbc, campaign, path, today);
                    slow[i / NAIVE_EVERY] = (System.nanoTime() - t1) / 1e6;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            FIGURES.printf("changes_per_s_during%s=%.0f%n", suffix, (writer.changes.get() - changesBefore) / seconds);
            double rollupP95 = p95(fast);
            double naiveP95 = p95(slow);
            FIGURES.printf("rollup_p50_ms%s=%.1f%nrollup_p95_ms%s=%.1f%n", suffix, p50(fast), suffix, rollupP95);
            FIGURES.printf("naive_p50_ms%s=%.1f%nnaive_p95_ms%s=%.1f%n", suffix, p50(slow), suffix, naiveP95);
            FIGURES.printf("naive_over_rollup%s=%.1f%n", suffix, naiveP95 / rollupP95);
            return new double[] {rollupP95, naiveP95};
        } finally {
            writer.stop.set(true);
            load.join();
        }
    }

    /** The same counts straight from the reports: every assignment of the subtree read and grouped. */
    private static void naive(JdbcTemplate jdbc, UUID campaign, String path, LocalDate today) {
        JdbcClient.create(jdbc).sql("""
                select substring(u.path, ?, 36) child, a.kind, a.status, a.decided_level, count(*),
                       sum(a.due < ? and a.status in ('NOT_STARTED', 'DRAFT', 'CIRCULATED', 'RETURNED'))
                from review_assignment a join org_unit_replica u on u.id = a.place_unit_id
                where a.campaign_id = ? and u.path like ?
                group by child, a.kind, a.status, a.decided_level
                """)
                .params(path.length() + 1, today, UuidBytes.of(campaign), path + "%")
                .query((rs, row) -> rs.getLong(5)).list();
    }

    private static double p95(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private static double p50(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Submits reports one transaction each, and decides every third, through the writes the service makes (the
     * status move with its counters, the decided level with its counter), at a set pace or as fast as it can.
     */
    private static final class Writer implements Runnable {

        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicLong changes = new AtomicLong();
        private final Assignments assignments;
        private final Tallies tallies;
        private final TransactionTemplate transactions;
        private final JdbcTemplate jdbc;
        private final List<UUID> pending;

        private final int perSecond;

        Writer(ConfigurableApplicationContext service, JdbcTemplate jdbc, UUID campaign, int perSecond) {
            this.perSecond = perSecond;
            this.assignments = service.getBean(Assignments.class);
            this.tallies = service.getBean(Tallies.class);
            this.transactions = service.getBean(TransactionTemplate.class);
            this.jdbc = jdbc;
            this.pending = new ArrayList<>(JdbcClient.create(jdbc)
                    .sql("select id from review_assignment where campaign_id = ? and status = 'NOT_STARTED'")
                    .param(UuidBytes.of(campaign)).query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list());
            Collections.shuffle(pending, new Random(42));
        }

        @Override
        public void run() {
            long started = System.nanoTime();
            for (int i = 0; i < pending.size() && !stop.get(); i++) {
                if (perSecond > 0) {
                    long due = started + i * 1_000_000_000L / perSecond;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(wait);
                    }
                }
                UUID id = pending.get(i);
                boolean decide = i % 3 == 0;
                transactions.executeWithoutResult(status -> {
                    Assignment found = assignments.lock(id).orElseThrow();
                    Assignment submitted = assignments.moveTo(found, ReviewStatus.SUBMITTED);
                    if (decide) {
                        assignments.moveTo(submitted, ReviewStatus.DECIDED);
                        RatingLevel level = RatingLevel.values()[(int) (changes.get() % 3) + 1];
                        jdbc.update("update review_assignment set decided_level = ? where id = ?", level.name(),
                                UuidBytes.of(id));
                        tallies.decided(submitted, level, 1);
                    }
                });
                changes.incrementAndGet();
            }
        }
    }
}
