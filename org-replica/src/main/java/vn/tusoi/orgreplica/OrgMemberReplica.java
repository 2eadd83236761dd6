package vn.tusoi.orgreplica;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** The table {@code org_member_replica}: applied only when newer, like the unit replica. */
public class OrgMemberReplica {

    private static final TypeReference<List<MemberChanged.Position>> POSITIONS = new TypeReference<>() {
    };

    private static final String COLUMNS = "id, full_name, home_unit_id, home_unit_path, status, email, mobile,"
            + " holds_leadership_post, outside_political_system, positions, version";
    private static final int CHUNK = 1_000;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OrgMemberReplica(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @return true if the replica changed */
    @Transactional
    public boolean apply(MemberChanged event) {
        String positions = json.writeValueAsString(event.positions() == null ? List.of() : event.positions());
        int updated = jdbc.sql("""
                update org_member_replica set full_name = ?, home_unit_id = ?, home_unit_path = ?, status = ?,
                       email = ?, mobile = ?, holds_leadership_post = ?, outside_political_system = ?,
                       positions = ?, version = ?, changed_at = ?
                where id = ? and version < ?
                """)
                .params(event.fullName(), UuidBytes.of(event.homeUnitId()), event.homeUnitPath(), event.status(),
                        event.email(), event.mobile(), event.holdsLeadershipPost(), event.outsidePoliticalSystem(),
                        positions, event.version(), UtcTimes.of(event.occurredAt()), UuidBytes.of(event.memberId()),
                        event.version())
                .update();
        if (updated > 0) {
            return true;
        }
        return jdbc.sql("""
                insert ignore into org_member_replica (id, full_name, home_unit_id, home_unit_path, status, email,
                       mobile, holds_leadership_post, outside_political_system, positions, version, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(event.memberId()), event.fullName(), UuidBytes.of(event.homeUnitId()),
                        event.homeUnitPath(), event.status(), event.email(), event.mobile(),
                        event.holdsLeadershipPost(), event.outsidePoliticalSystem(), positions, event.version(),
                        UtcTimes.of(event.occurredAt()))
                .update() > 0;
    }

    public Optional<ReplicatedMember> find(UUID memberId) {
        return jdbc.sql("select " + COLUMNS + " from org_member_replica where id = ?")
                .param(UuidBytes.of(memberId))
                .query((rs, row) -> member(rs))
                .optional();
    }

    /** Several members in one query, by id (those not in the replica are left out). */
    public Map<UUID, ReplicatedMember> findAll(Collection<UUID> memberIds) {
        Map<UUID, ReplicatedMember> found = new HashMap<>();
        List<UUID> ids = memberIds.stream().distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select " + COLUMNS + " from org_member_replica where id in (:ids)")
                    .param("ids", ids.subList(from, Math.min(from + CHUNK, ids.size())).stream()
                            .map(UuidBytes::of).toList())
                    .query((rs, row) -> member(rs)).list()
                    .forEach(member -> found.put(member.id(), member));
        }
        return found;
    }

    private ReplicatedMember member(ResultSet rs) throws SQLException {
        return new ReplicatedMember(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), UuidBytes.uuid(rs.getBytes(3)),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getBoolean(8),
                rs.getBoolean(9), json.readValue(rs.getString(10), POSITIONS), rs.getLong(11));
    }
}
