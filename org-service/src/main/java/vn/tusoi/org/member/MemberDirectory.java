package vn.tusoi.org.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UuidBytes;

/** Where a member belongs and what they hold today: the facts rights are derived from. */
@Component
public class MemberDirectory {

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberDirectory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<HeldPosition> currentPositions(UUID memberId) {
        return jdbc.sql("""
                select p.title, u.id, u.path from unit_position p join org_unit u on u.id = p.unit_id
                where p.member_id = ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to >= ?)
                  and u.status = 'ACTIVE'
                """)
                .params(UuidBytes.of(memberId), today(), today())
                .query((rs, row) -> new HeldPosition(PositionTitle.valueOf(rs.getString(1)),
                        UuidBytes.uuid(rs.getBytes(2)), rs.getString(3)))
                .list();
    }

    /** The chi bộ the member belongs to, with its path. */
    public Optional<HeldPosition> homeUnit(UUID memberId) {
        return jdbc.sql("""
                select u.id, u.path from member m join org_unit u on u.id = m.home_unit_id
                where m.id = ? and m.status = 'ACTIVE'
                """)
                .param(UuidBytes.of(memberId))
                .query((rs, row) -> new HeldPosition(null, UuidBytes.uuid(rs.getBytes(1)), rs.getString(2)))
                .optional();
    }

    public long countActiveMembersOf(UUID unitId) {
        return jdbc.sql("select count(*) from member where home_unit_id = ? and status = 'ACTIVE'")
                .param(UuidBytes.of(unitId)).query(Long.class).single();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
