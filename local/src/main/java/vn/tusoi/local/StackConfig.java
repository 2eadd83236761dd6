package vn.tusoi.local;

import java.nio.file.Path;

/**
 * Where the local stack keeps its data and which ports it uses.
 *
 * @param root         the project checkout (service jars under {@code <module>/target})
 * @param home         data, logs and pid files; kept between starts
 * @param jdbcBase     an external database ({@code jdbc:mariadb://host:port/}) instead of the embedded one, or null
 * @param smtpPort     the stack's mail server (SMTP in; IMAP out on {@code imapPort})
 * @param smsPort      the SMS provider stand-in
 * @param notifications how often reminders are swept, and whether SMS keep quiet hours
 */
public record StackConfig(Path root, Path home, int dbPort, int kafkaPort, int keycloakPort, int gatewayPort,
        int orgPort, int reviewPort, int notificationPort, String jdbcBase, String dbUser, String dbPassword,
        int smtpPort, int imapPort, int smsPort, Notifications notifications) {

    /** @param reminderSweepInterval e.g. {@code 30m} */
    public record Notifications(String reminderSweepInterval, boolean smsQuietHours) {
    }

    public static StackConfig local(Path root) {
        String jdbc = System.getenv("TUSOI_JDBC_URL");
        return new StackConfig(root, root.resolve(".local"), 3307, 9092, 8180, 8080, 8081, 8082, 8083,
                jdbc == null || jdbc.isBlank() ? null : (jdbc.endsWith("/") ? jdbc : jdbc + "/"),
                System.getenv().getOrDefault("TUSOI_DB_USER", "root"),
                System.getenv().getOrDefault("TUSOI_DB_PASSWORD", ""), 3025, 3143, 18099,
                new Notifications("5m", true));
    }

    /**
     * The end-to-end suite's stack: other ports, so it can run beside a local stack; reminders swept every few
     * seconds and SMS at any hour (quiet hours are tested with a set clock elsewhere).
     */
    public static StackConfig endToEnd(Path root) {
        return new StackConfig(root, root.resolve("local/target/e2e-stack"), 13307, 19092, 18180, 18080, 18081,
                18082, 18083, null, "root", "", 13025, 13143, 18099 + 10_000, new Notifications("5s", false));
    }

    public String issuer() {
        return "http://localhost:" + keycloakPort + "/realms/tusoi";
    }

    public String gatewayUrl() {
        return "http://localhost:" + gatewayPort;
    }

    public Path logs() {
        return home.resolve("logs");
    }
}
