package vn.tusoi.orgreplica;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * The table {@code org_unit_replica} (created by each service's own migration). A change is applied only when
 * it is newer than what is stored, so redelivered or out-of-order events change nothing.
 */
public class OrgUnitReplica {

    private final JdbcClient jdbc;

    public OrgUnitReplica(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true if the replica changed */
    @Transactional
    public boolean apply(OrgUnitChanged event) {
        int updated = jdbc.sql("""
                update org_unit_replica set code = ?, name = ?, type_code = ?, parent_id = ?, path = ?, status = ?,
                       version = ?, changed_at = ?
                where id = ? and version < ?
                """)
                .params(event.code(), event.name(), event.typeCode(), UuidBytes.of(event.parentId()), event.path(),
                        event.status(), event.version(), UtcTimes.of(event.occurredAt()),
                        UuidBytes.of(event.unitId()), event.version())
                .update();
        if (updated > 0) {
            return true;
        }
        return jdbc.sql("""
                insert ignore into org_unit_replica (id, code, name, type_code, parent_id, path, status, version,
                       changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(event.unitId()), event.code(), event.name(), event.typeCode(),
                        UuidBytes.of(event.parentId()), event.path(), event.status(), event.version(),
                        UtcTimes.of(event.occurredAt()))
                .update() > 0;
    }

    public Optional<ReplicatedUnit> find(UUID unitId) {
        return jdbc.sql("""
                select id, code, name, type_code, parent_id, path, status, version
                from org_unit_replica where id = ?
                """)
                .param(UuidBytes.of(unitId))
                .query((rs, row) -> new ReplicatedUnit(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                        rs.getString(3), rs.getString(4), UuidBytes.uuid(rs.getBytes(5)), rs.getString(6),
                        rs.getString(7), rs.getLong(8)))
                .optional();
    }

    public long count() {
        return jdbc.sql("select count(*) from org_unit_replica").query(Long.class).single();
    }

}
