package vn.tusoi.notification.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * Who is told about a unit: its bí thư and phó bí thư (collective reports, overdue members), and its organization
 * body (overdue units below it), as the member replica says today. Read for all units at once from the members
 * who hold a position (a few thousand in a province), kept a minute.
 */
@Component
class UnitLeaders {

    private static final TypeReference<List<MemberChanged.Position>> POSITIONS = new TypeReference<>() {
    };
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private Map<UUID, List<UUID>> leaders = Map.of();
    private Map<UUID, List<UUID>> organizationBodies = Map.of();
    private Instant readAt = Instant.MIN;

    UnitLeaders(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The unit's bí thư and phó bí thư. */
    synchronized List<UUID> of(UUID unitId) {
        refresh();
        return leaders.getOrDefault(unitId, List.of());
    }

    /** The staff of the unit's organization body. */
    synchronized List<UUID> organizationBodyOf(UUID unitId) {
        refresh();
        return organizationBodies.getOrDefault(unitId, List.of());
    }

    private void refresh() {
        if (readAt.plus(FRESH_FOR).isBefore(clock.instant()) || readAt.isAfter(clock.instant())) {
            Map<UUID, List<UUID>> bodies = new HashMap<>();
            leaders = read(bodies);
            organizationBodies = bodies;
            readAt = clock.instant();
        }
    }

    private Map<UUID, List<UUID>> read(Map<UUID, List<UUID>> bodies) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<UUID>> byUnit = new HashMap<>();
        jdbc.sql("select id, positions from org_member_replica where status = 'ACTIVE' and positions <> '[]'")
                .query(rs -> {
                    UUID member = UuidBytes.uuid(rs.getBytes(1));
                    for (MemberChanged.Position p : json.readValue(rs.getString(2), POSITIONS)) {
                        if (!p.heldOn(today)) {
                            continue;
                        }
                        if (MemberChanged.Position.BI_THU.equals(p.title())
                                || MemberChanged.Position.PHO_BI_THU.equals(p.title())) {
                            byUnit.computeIfAbsent(p.unitId(), unit -> new ArrayList<>()).add(member);
                        } else if (MemberChanged.Position.ORG_BODY.equals(p.title())) {
                            bodies.computeIfAbsent(p.unitId(), unit -> new ArrayList<>()).add(member);
                        }
                    }
                });
        return byUnit;
    }
}
