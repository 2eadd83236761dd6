package vn.tusoi.org.position;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UuidBytes;

/** Who holds what where, and where a member sits: the facts rights are derived from. */
@Component
public class PositionDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    PositionDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Positions held today in active units, with the units' paths. */
    public List<HeldPosition> currentPositions(UUID memberId) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select p.title, u.id, u.path from unit_position p join org_unit u on u.id = p.unit_id
                where p.member_id = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)
                  and u.status = 'ACTIVE'
                """)
                .params(UuidBytes.of(memberId), today, today)
                .query((rs, row) -> new HeldPosition(PositionTitle.valueOf(rs.getString(1)),
                        UuidBytes.uuid(rs.getBytes(2)), rs.getString(3)))
                .list();
    }

    /** The chi bộ an active member belongs to, with its path. */
    public Optional<HeldPosition> homeUnit(UUID memberId) {
        return jdbc.sql("""
                select u.id, u.path from member m join org_unit u on u.id = m.home_unit_id
                where m.id = ? and m.status = 'ACTIVE'
                """)
                .param(UuidBytes.of(memberId))
                .query((rs, row) -> new HeldPosition(null, UuidBytes.uuid(rs.getBytes(1)), rs.getString(2)))
                .optional();
    }

    /** Every position of the member, past and present, as other services receive them. */
    public List<MemberChanged.Position> history(UUID memberId) {
        return jdbc.sql("""
                select unit_id, title, valid_from, valid_to from unit_position where member_id = ?
                order by valid_from, title
                """)
                .param(UuidBytes.of(memberId))
                .query((rs, row) -> new MemberChanged.Position(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    /** The histories of many members at once (members without positions are absent from the map). */
    public Map<UUID, List<MemberChanged.Position>> histories(Collection<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<MemberChanged.Position>> byMember = new HashMap<>();
        jdbc.sql("""
                select member_id, unit_id, title, valid_from, valid_to from unit_position where member_id in (:ids)
                order by member_id, valid_from, title
                """)
                .param("ids", memberIds.stream().map(UuidBytes::of).toList())
                .query(rs -> {
                    byMember.computeIfAbsent(UuidBytes.uuid(rs.getBytes(1)), id -> new ArrayList<>())
                            .add(new MemberChanged.Position(UuidBytes.uuid(rs.getBytes(2)), rs.getString(3),
                                    rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                });
        return byMember;
    }

    @Transactional
    public UUID appoint(UUID memberId, UUID unitId, PositionTitle title, LocalDate from) {
        UUID id = Ids.newId();
        jdbc.sql("insert into unit_position (id, member_id, unit_id, title, valid_from) values (?, ?, ?, ?, ?)")
                .params(UuidBytes.of(id), UuidBytes.of(memberId), UuidBytes.of(unitId), title.name(), from)
                .update();
        return id;
    }

    /** Whether someone holds this title in the unit on that day (e.g. a second bí thư). */
    public boolean isHeld(UUID unitId, PositionTitle title, LocalDate on) {
        return jdbc.sql("""
                select count(*) from unit_position where unit_id = ? and title = ? and valid_from <= ?
                  and (valid_to is null or valid_to >= ?)
                """)
                .params(UuidBytes.of(unitId), title.name(), on, on).query(Long.class).single() > 0;
    }

    public Optional<HeldSince> find(UUID positionId, UUID memberId) {
        return jdbc.sql("select unit_id, title, valid_from, valid_to from unit_position where id = ? and member_id = ?")
                .params(UuidBytes.of(positionId), UuidBytes.of(memberId))
                .query((rs, row) -> new HeldSince(positionId, UuidBytes.uuid(rs.getBytes(1)),
                        PositionTitle.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class)))
                .optional();
    }

    @Transactional
    public void end(UUID positionId, LocalDate to) {
        jdbc.sql("update unit_position set valid_to = ? where id = ?").params(to, UuidBytes.of(positionId)).update();
    }

    /** Ends every position still open on that day (a member who leaves holds nothing any more). */
    @Transactional
    public int endAll(UUID memberId, LocalDate on) {
        return jdbc.sql("update unit_position set valid_to = ? where member_id = ? and (valid_to is null or valid_to > ?)")
                .params(on, UuidBytes.of(memberId), on).update();
    }

    /** Every position of the member, the open ones first, with the unit's name. */
    public List<HeldIn> held(UUID memberId) {
        return jdbc.sql("""
                select p.id, p.unit_id, u.name, p.title, p.valid_from, p.valid_to
                from unit_position p join org_unit u on u.id = p.unit_id where p.member_id = ?
                order by p.valid_to is not null, p.valid_from desc, p.title
                """)
                .param(UuidBytes.of(memberId))
                .query((rs, row) -> new HeldIn(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                        rs.getString(3), PositionTitle.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }

    /** A position as a member's record lists it. */
    public record HeldIn(UUID id, UUID unitId, String unitName, PositionTitle title, LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo) {
    }

    /** One position with its dates. */
    public record HeldSince(UUID id, UUID unitId, PositionTitle title, LocalDate validFrom,
            @Schema(nullable = true) LocalDate validTo) {
    }
}
