package vn.tusoi.org.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** Records changes in the same transaction as the change itself, so there is no change without its record. */
@Component
public class AuditLog {

    private static final String INSERT = """
            insert into audit_entry (id, occurred_at, actor, actor_member, action, entity_type, entity_id,
                                     before_state, after_state)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    /** One entity's change in a bulk operation. */
    public record Change(UUID entityId, Object before, Object after) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller actor, String action, String entityType, UUID entityId, Object before, Object after) {
        jdbc.sql(INSERT).params(row(actor, action, entityType, new Change(entityId, before, after))).update();
    }

    /** The changes of a bulk operation, written in batches, in the operation's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(Caller actor, String action, String entityType, List<Change> changes) {
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (Change change : changes) {
            rows.add(row(actor, action, entityType, change));
        }
        batch.batchUpdate(INSERT, rows);
    }

    private Object[] row(Caller actor, String action, String entityType, Change change) {
        return new Object[] {UuidBytes.of(Ids.newId()), UtcTimes.of(clock.instant()), actor.subject(),
                actor.memberId().map(UuidBytes::of).orElse(null), action, entityType,
                UuidBytes.of(change.entityId()), toJson(change.before()), toJson(change.after())};
    }

    public List<AuditEntry> entriesFor(String entityType, UUID entityId) {
        return jdbc.sql("""
                select id, occurred_at, actor, actor_member, action, entity_type, entity_id, before_state, after_state
                from audit_entry where entity_type = ? and entity_id = ? order by occurred_at, id
                """)
                .params(entityType, UuidBytes.of(entityId))
                .query((rs, row) -> new AuditEntry(UuidBytes.uuid(rs.getBytes(1)),
                        UtcTimes.instant(rs, 2), rs.getString(3), UuidBytes.uuid(rs.getBytes(4)),
                        rs.getString(5), rs.getString(6), UuidBytes.uuid(rs.getBytes(7)),
                        rs.getString(8) == null ? null : json.readTree(rs.getString(8)),
                        rs.getString(9) == null ? null : json.readTree(rs.getString(9))))
                .list();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }
}
