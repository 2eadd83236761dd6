package vn.tusoi.platform.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * Who read which confidential content (a member's personal data, a review's text) and when. The platform owns the
 * {@code read_audit} table and its migrations ({@code db/platform-audit}, with a history of their own in each
 * service's schema). A read is recorded in the reader's transaction, which must be a writing one: one connection
 * per request, and no read without its record. Shown to system administrators, deleted after
 * {@code tusoi.audit.read-retention}.
 */
public class ReadAudit {

    /** One read. */
    public record Read(Instant at, String actor, UUID actorMember, String what, UUID entityId) {
    }

    /** The most reads one answer lists, newest first. */
    static final int LIMIT = 500;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration retention;

    ReadAudit(JdbcClient jdbc, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
    }

    /** Creates or upgrades the table, after the service's own migrations (it lives in the service's schema). */
    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).table("platform_read_audit_history")
                .locations("classpath:db/platform-audit").baselineOnMigrate(true).baselineVersion("0")
                .load().migrate();
    }

    /** Records, in the caller's transaction, that the caller read {@code what} (e.g. {@code MEMBER_PERSONAL}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void read(Caller caller, String what, UUID entityId) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A read of " + what + " is recorded in a writing transaction");
        }
        jdbc.sql("""
                insert into read_audit (id, occurred_at, actor, actor_member, what, entity_id)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(Ids.newId()), UtcTimes.of(clock.instant()), caller.subject(),
                        caller.memberId().map(UuidBytes::of).orElse(null), what, UuidBytes.of(entityId))
                .update();
    }

    /** The reads of one entity, newest first. */
    public List<Read> of(UUID entityId) {
        return jdbc.sql("""
                select occurred_at, actor, actor_member, what, entity_id from read_audit
                where entity_id = ? order by occurred_at desc, id desc limit ?
                """)
                .params(UuidBytes.of(entityId), LIMIT)
                .query((rs, row) -> new Read(UtcTimes.instant(rs, 1), rs.getString(2),
                        rs.getBytes(3) == null ? null : UuidBytes.uuid(rs.getBytes(3)), rs.getString(4),
                        UuidBytes.uuid(rs.getBytes(5))))
                .list();
    }

    /** Deletes the reads older than the retention; returns how many. */
    @Scheduled(cron = "${tusoi.audit.read-purge-cron:0 40 2 * * *}", zone = "Asia/Ho_Chi_Minh")
    public int purge() {
        return jdbc.sql("delete from read_audit where occurred_at < ?")
                .param(UtcTimes.of(clock.instant().minus(retention))).update();
    }
}
