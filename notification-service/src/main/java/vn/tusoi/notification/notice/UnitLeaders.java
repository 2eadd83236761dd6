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
 * Who is told about a unit's collective report: its bí thư (and phó bí thư), as the member replica says today.
 * Read for all units at once from the members who hold a position (a few thousand in a province), kept a minute.
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
    private Instant readAt = Instant.MIN;

    UnitLeaders(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    synchronized List<UUID> of(UUID unitId) {
        if (readAt.plus(FRESH_FOR).isBefore(clock.instant())) {
            leaders = read();
            readAt = clock.instant();
        }
        return leaders.getOrDefault(unitId, List.of());
    }

    private Map<UUID, List<UUID>> read() {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<UUID>> byUnit = new HashMap<>();
        jdbc.sql("select id, positions from org_member_replica where status = 'ACTIVE' and positions <> '[]'")
                .query(rs -> {
                    UUID member = UuidBytes.uuid(rs.getBytes(1));
                    for (MemberChanged.Position p : json.readValue(rs.getString(2), POSITIONS)) {
                        boolean held = !p.validFrom().isAfter(today)
                                && (p.validTo() == null || !p.validTo().isBefore(today));
                        if (held && ("BI_THU".equals(p.title()) || "PHO_BI_THU".equals(p.title()))) {
                            byUnit.computeIfAbsent(p.unitId(), unit -> new ArrayList<>()).add(member);
                        }
                    }
                });
        return byUnit;
    }
}
