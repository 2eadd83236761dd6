package vn.tusoi.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.sun.net.httpserver.HttpServer;

import vn.tusoi.notification.NotificationServiceApplication;
import vn.tusoi.notification.delivery.Dispatcher;
import vn.tusoi.notification.reminder.ReminderSweep;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * 170,000 assignments not yet submitted, all at a reminder stage: one sweep schedules every reminder (email, SMS,
 * inbox for each), then two dispatchers — as two instances would — send for a fixed window against an SMS
 * provider stand-in that records every request id. Prints the sweep's time, the SMS rate reached beside the
 * configured limit, and the duplicates the provider saw (must be 0).
 */
public final class RemindersBench {

    private static final PrintStream FIGURES = System.out;
    private static final int MEMBERS = 160_000;
    private static final int ASSIGNMENTS = 170_000;
    private static final int RATE_LIMIT = 50;
    private static final int WINDOW_SECONDS = 60;
    /** The time a provider on the Internet takes to answer (network and its own work). */
    private static final int PROVIDER_LATENCY_MS = 50;
    private static final Pattern REQUEST_ID = Pattern.compile("\"requestId\"\\s*:\\s*\"([^\"]+)\"");

    private static final ConcurrentLinkedQueue<Long> ACCEPTED_AT = new ConcurrentLinkedQueue<>();
    private static final Set<String> REQUEST_IDS = ConcurrentHashMap.newKeySet();
    private static final AtomicLong DUPLICATES = new AtomicLong();

    private static String[] settings;

    public static void main(String[] args) throws Exception {
        System.setOut(System.err);
        HttpServer provider = provider();
        settings = new String[] {
            "--tusoi.notifications.sms.endpoint=http://127.0.0.1:" + provider.getAddress().getPort() + "/sms/send",
            "--tusoi.notifications.sms.rate-per-second=" + RATE_LIMIT,
            // no quiet hours, so the figures do not depend on the hour the benchmark runs
            "--tusoi.notifications.sms.quiet-from=00:00", "--tusoi.notifications.sms.quiet-until=00:00",
            // the benchmark drives the sweep and the dispatchers itself
            "--tusoi.notifications.dispatch-interval=1h", "--tusoi.notifications.sweep-interval=1h",
            "--logging.level.vn.tusoi=WARN"};
        try {
            BenchService.run(NotificationServiceApplication.class, "bench_notification", RemindersBench::run,
                    settings);
        } finally {
            provider.stop(0);
        }
    }

    private static void run(ConfigurableApplicationContext service, String url, String brokers) throws Exception {
        try (ConfigurableApplicationContext second = BenchService.start(NotificationServiceApplication.class, url,
                brokers, settings)) {
            run(service, second);
        }
    }

    private static void run(ConfigurableApplicationContext service, ConfigurableApplicationContext second)
            throws Exception {
        JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
        seed(jdbc);
        FIGURES.printf("pending_assignments=%d%nmembers=%d%n", ASSIGNMENTS, MEMBERS);

        ReminderSweep sweep = service.getBean(ReminderSweep.class);
        long start = System.nanoTime();
        int reminded = sweep.sweep();
        double sweepSeconds = (System.nanoTime() - start) / 1e9;
        long queued = jdbc.queryForObject("select count(*) from delivery where kind = 'REMINDER'", Long.class);
        FIGURES.printf("sweep_assignments_at_stage=%d%nsweep_deliveries_queued=%d%nsweep_seconds=%.1f%n"
                + "sweep_deliveries_per_s=%.0f%n", reminded, queued, sweepSeconds, queued / sweepSeconds);
        start = System.nanoTime();
        sweep.sweep();
        long after = jdbc.queryForObject("select count(*) from delivery where kind = 'REMINDER'", Long.class);
        FIGURES.printf("second_sweep_seconds=%.1f%nsecond_sweep_new_deliveries=%d%n",
                (System.nanoTime() - start) / 1e9, after - queued);

        // two instances, each with its two dispatch lanes as its scheduler runs them; one at a time sends SMS
        ExecutorService lanes = Executors.newFixedThreadPool(4);
        long windowStart = System.nanoTime();
        long windowEnd = windowStart + TimeUnit.SECONDS.toNanos(WINDOW_SECONDS);
        for (ConfigurableApplicationContext instance : List.of(service, second)) {
            Dispatcher dispatcher = instance.getBean(Dispatcher.class);
            lanes.submit(() -> repeatUntil(windowEnd, dispatcher::dispatchMessages));
            lanes.submit(() -> repeatUntil(windowEnd, dispatcher::dispatchSms));
        }
        TimeUnit.NANOSECONDS.sleep(windowEnd - System.nanoTime());
        // as a scheduler stopping would: interrupted lanes put back what they claimed and did not send
        lanes.shutdownNow();
        lanes.awaitTermination(60, TimeUnit.SECONDS);
        // the rate over the window: SMS the provider accepted between its start and its end
        long inWindow = ACCEPTED_AT.stream().filter(t -> t >= windowStart && t <= windowEnd).count();
        double rate = inWindow / (double) WINDOW_SECONDS;
        long sentSms = jdbc.queryForObject("select count(*) from delivery where channel = 'SMS' and status = 'SENT'",
                Long.class);
        long sentOther = jdbc.queryForObject(
                "select count(*) from delivery where channel <> 'SMS' and status in ('SENT', 'SKIPPED')", Long.class);
        long smsInstances = jdbc.queryForObject(
                "select count(distinct claimed_by) from delivery where channel = 'SMS' and status = 'SENT'", Long.class);
        long leftSending = jdbc.queryForObject("select count(*) from delivery where status = 'SENDING'", Long.class);
        FIGURES.printf("dispatch_window_seconds=%d%nsms_sent=%d%nemail_and_inbox_done=%d%n", WINDOW_SECONDS, sentSms,
                sentOther);
        FIGURES.printf("instances_that_sent_sms=%d%nleft_claimed_after_stop=%d%n", smsInstances, leftSending);
        FIGURES.printf("provider_latency_ms=%d%nconfigured_sms_rate_per_s=%d%nachieved_sms_rate_per_s=%.1f%n",
                PROVIDER_LATENCY_MS, RATE_LIMIT, rate);
        FIGURES.printf("provider_requests=%d%nduplicates=%d%n", ACCEPTED_AT.size(), DUPLICATES.get());
        FIGURES.printf("rate_ratio=%.2f%n", rate / RATE_LIMIT);
    }

    private static Void repeatUntil(long end, Runnable lane) {
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            lane.run();
        }
        return null;
    }

    /** Members with a mobile number only (so email is skipped at once), one campaign, assignments due in 3 days. */
    private static void seed(JdbcTemplate jdbc) {
        UUID campaign = Ids.newId();
        UUID cell = Ids.newId();
        Object now = UtcTimes.of(Instant.now());
        jdbc.update("insert into tracked_campaign (id, title, status, version) values (?, ?, 'LAUNCHED', 1)",
                UuidBytes.of(campaign), "Tự soi, tự sửa 2026");
        List<Object[]> members = new ArrayList<>(MEMBERS);
        List<byte[]> ids = new ArrayList<>(MEMBERS);
        for (int i = 0; i < MEMBERS; i++) {
            byte[] id = UuidBytes.of(Ids.newId());
            ids.add(id);
            members.add(new Object[] {id, "Đảng viên " + i, UuidBytes.of(cell), "/" + cell + "/",
                    String.format("+8490%07d", i), now});
        }
        jdbc.batchUpdate("""
                insert into org_member_replica (id, full_name, home_unit_id, home_unit_path, status, email, mobile,
                       holds_leadership_post, outside_political_system, positions, version, changed_at)
                values (?, ?, ?, ?, 'ACTIVE', null, ?, false, false, '[]', 1, ?)
                """, members);
        Date due = Date.valueOf(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(3));
        List<Object[]> assignments = new ArrayList<>(ASSIGNMENTS);
        for (int i = 0; i < ASSIGNMENTS; i++) {
            assignments.add(new Object[] {UuidBytes.of(Ids.newId()), UuidBytes.of(campaign),
                    UuidBytes.of(cell), ids.get(i % MEMBERS), due});
        }
        jdbc.batchUpdate("""
                insert into tracked_assignment (id, campaign_id, kind, place_unit_id, member_id, due, status, version)
                values (?, ?, 'INDIVIDUAL', ?, ?, ?, 'NOT_STARTED', 1)
                """, assignments);
    }

    /** The SMS provider stand-in: answers every request after its latency and records its request id. */
    private static HttpServer provider() throws IOException {
        // answers go out at once rather than waiting on Nagle's algorithm: the latency is the one set above
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        // daemon threads: the stand-in must not keep the JVM alive once the figures are printed
        server.setExecutor(Executors.newFixedThreadPool(16, work -> {
            Thread thread = new Thread(work, "sms-provider");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/sms/send", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), UTF_8);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(PROVIDER_LATENCY_MS);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
            }
            Matcher id = REQUEST_ID.matcher(body);
            if (id.find() && !REQUEST_IDS.add(id.group(1))) {
                DUPLICATES.incrementAndGet();
            }
            ACCEPTED_AT.add(System.nanoTime());
            byte[] answer = "{\"messageId\": \"ok\"}".getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
        return server;
    }
}
