package vn.tusoi.local;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on one machine: MariaDB, Kafka and Keycloak first, then the services once their dependencies
 * answer, then the gateway. Used by {@code local/run.sh} and by the end-to-end suite.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private final StackConfig config;
    private final LocalDatabase database;
    private final LocalKafka kafka;
    private final LocalKeycloak keycloak;
    private final LocalServices services;
    private final LocalMail mail;
    private final LocalSms sms;

    public LocalStack(StackConfig config) {
        this.config = config;
        Properties build = buildProperties();
        this.database = new LocalDatabase(config);
        this.kafka = new LocalKafka(config, config.root().resolve("local/target/classpath.txt"));
        this.keycloak = new LocalKeycloak(config, Path.of(build.getProperty("keycloak.zip")),
                build.getProperty("keycloak.version"));
        this.services = new LocalServices(config, build.getProperty("version"));
        this.mail = new LocalMail(config);
        this.sms = new LocalSms(config);
    }

    public StackConfig config() {
        return config;
    }

    /** Where a service's schema is, for checks from outside the service. */
    public String jdbcUrl(String schema) {
        return database.jdbcUrl(schema);
    }

    /** The mail server every email of the stack goes to. */
    public LocalMail mail() {
        return mail;
    }

    /** The SMS provider stand-in every SMS of the stack goes to. */
    public LocalSms sms() {
        return sms;
    }

    /** Starts everything; returns how long it took. */
    public Duration start() throws Exception {
        Instant begin = Instant.now();
        Files.createDirectories(config.logs());
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "local-stack-stop"));

        CompletableFuture<Void> infrastructure = CompletableFuture.allOf(
                async(database::start), async(kafka::start), async(keycloak::start));
        infrastructure.join();
        mail.start();
        sms.start();

        String kafkaServers = kafka.bootstrapServers();
        var org = services.start("org-service", config.orgPort(), Map.of(
                "TUSOI_ORG_JDBC_URL", database.jdbcUrl("tusoi_org"),
                "TUSOI_KAFKA_BOOTSTRAP", kafkaServers,
                "SPRING_PROFILES_ACTIVE", "demo",
                "TUSOI_ACCOUNTS_ENABLED", "true",
                "TUSOI_KEYCLOAK_URL", "http://localhost:" + config.keycloakPort(),
                "TUSOI_PROVISIONING_CLIENT_SECRET", "tusoi-org-provisioning-local-secret"));
        var review = services.start("review-service", config.reviewPort(), Map.of(
                "TUSOI_REVIEW_JDBC_URL", database.jdbcUrl("tusoi_review"),
                "TUSOI_KAFKA_BOOTSTRAP", kafkaServers));
        var notification = services.start("notification-service", config.notificationPort(),
                notificationEnvironment(kafkaServers));
        LocalServices.awaitReady(org, config.orgPort());
        LocalServices.awaitReady(review, config.reviewPort());
        LocalServices.awaitReady(notification, config.notificationPort());

        startGateway(config.gatewayPort());
        return Duration.between(begin, Instant.now());
    }

    private Map<String, String> notificationEnvironment(String kafkaServers) {
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "TUSOI_NOTIFICATION_JDBC_URL", database.jdbcUrl("tusoi_notification"),
                "TUSOI_KAFKA_BOOTSTRAP", kafkaServers,
                "TUSOI_PUBLIC_URL", config.gatewayUrl(),
                "TUSOI_SMTP_HOST", "127.0.0.1",
                "TUSOI_SMTP_PORT", Integer.toString(config.smtpPort()),
                "TUSOI_SMS_ENDPOINT", sms.endpoint(),
                "TUSOI_SMS_CALLBACK_TOKEN", LocalSms.CALLBACK_TOKEN,
                "TUSOI_REMINDER_SWEEP_INTERVAL", config.notifications().reminderSweepInterval()));
        if (!config.notifications().smsQuietHours()) {
            environment.put("TUSOI_NOTIFICATIONS_SMS_QUIETFROM", "00:00");
            environment.put("TUSOI_NOTIFICATIONS_SMS_QUIETUNTIL", "00:00");
        }
        return environment;
    }

    /** Another gateway replica on its own port, sharing the sessions of the first through the database. */
    public void startGateway(int port) throws Exception {
        var gateway = services.start("gateway", port, Map.of(
                "TUSOI_GATEWAY_JDBC_URL", database.jdbcUrl("tusoi_gateway"),
                "TUSOI_ORG_URI", "http://localhost:" + config.orgPort(),
                "TUSOI_REVIEW_URI", "http://localhost:" + config.reviewPort(),
                "TUSOI_NOTIFICATION_URI", "http://localhost:" + config.notificationPort()));
        LocalServices.awaitReady(gateway, port);
    }

    /** Resident memory of each process the stack started, in MiB (from /proc). */
    public Map<String, Long> residentMemoryMiB() {
        var result = new LinkedHashMap<String, Long>();
        var all = new ArrayList<>(services.processes());
        if (kafka.process() != null) {
            all.add(kafka.process());
        }
        for (ChildProcess process : all) {
            result.merge(process.name(), rssMiB(process.pid()), Long::sum);
        }
        return result;
    }

    private static long rssMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException gone) {
            return 0;
        }
        return 0;
    }

    @Override
    public synchronized void close() {
        services.stopAll();
        sms.stop();
        mail.stop();
        keycloak.stop();
        kafka.stop();
        database.stop();
    }

    private interface Step {
        void run() throws Exception;
    }

    private static CompletableFuture<Void> async(Step step) {
        return CompletableFuture.runAsync(() -> {
            try {
                step.run();
            } catch (Exception e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = LocalStack.class.getResourceAsStream("/local-stack.properties")) {
            properties.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("local-stack.properties is missing from the classpath", e);
        }
        return properties;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("tusoi.root", ".")).toAbsolutePath().normalize();
        StackConfig config = StackConfig.local(root);
        Files.createDirectories(config.home().resolve("run"));
        Files.writeString(config.home().resolve("run/launcher.pid"), Long.toString(ProcessHandle.current().pid()));
        LocalStack stack = new LocalStack(config);
        Duration took;
        try {
            took = stack.start();
        } catch (Exception e) {
            log.error("The local stack could not start: {}. Logs are in {}", e.getMessage(), config.logs());
            System.exit(1);
            return;
        }
        System.out.println(banner(config, took));
        stack.residentMemoryMiB().forEach((name, mib) -> log.info("{}: {} MiB resident", name, mib));
        Thread.currentThread().join();
    }

    static String banner(StackConfig config, Duration took) {
        return String.join(System.lineSeparator(), List.of(
                "",
                "tusoi đã sẵn sàng sau " + took.toSeconds() + " giây / tusoi is up after " + took.toSeconds() + " s",
                "",
                "  Mở / Open:          " + config.gatewayUrl(),
                "  Keycloak:           http://localhost:" + config.keycloakPort() + " (admin / admin)",
                "",
                "  Tài khoản demo / demo accounts (mật khẩu / password: demo):",
                "    demo-admin       quản trị hệ thống / system administrator",
                "    demo-superior    Ban Tổ chức Tỉnh ủy Bình Sơn / the provincial committee's organization body",
                "    demo-secretary   Bí thư Chi bộ Khu phố 1, phường Đông Thành / secretary of a chi bộ",
                "    demo-member      Đảng viên Chi bộ Khu phố 1 / a member of that chi bộ",
                "",
                "  Thư / mail:         IMAP localhost:" + config.imapPort()
                        + " (tên và mật khẩu là địa chỉ thư / user and password: the address)",
                "  SMS:                " + config.logs().resolve("sms.log"),
                "  Nhật ký / logs:     " + config.logs(),
                "  Dừng / stop:        Ctrl-C, or ./local/run.sh stop",
                ""));
    }
}
