package vn.tusoi.org.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** Enrols members in their chi bộ and appoints them to positions. */
@Component
public class MemberRegistry {

    private final JdbcClient jdbc;
    private final Clock clock;

    MemberRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public void enrol(UUID memberId, String fullName, UUID homeUnitId) {
        var now = UtcTimes.of(clock.instant());
        jdbc.sql("""
                insert into member (id, full_name, home_unit_id, status, version, created_at, updated_at)
                values (?, ?, ?, 'ACTIVE', 0, ?, ?)
                """)
                .params(UuidBytes.of(memberId), fullName, UuidBytes.of(homeUnitId), now, now)
                .update();
    }

    @Transactional
    public void appoint(UUID memberId, UUID unitId, PositionTitle title, LocalDate from) {
        jdbc.sql("insert into unit_position (id, member_id, unit_id, title, valid_from) values (?, ?, ?, ?, ?)")
                .params(UuidBytes.of(Ids.newId()), UuidBytes.of(memberId), UuidBytes.of(unitId), title.name(), from)
                .update();
    }

    public long count() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }
}
