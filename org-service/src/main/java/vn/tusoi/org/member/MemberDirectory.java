package vn.tusoi.org.member;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UuidBytes;

/** Questions other features ask about members. */
@Component
public class MemberDirectory {

    private final JdbcClient jdbc;

    MemberDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long countActiveMembersOf(UUID unitId) {
        return jdbc.sql("select count(*) from member where home_unit_id = ? and status = 'ACTIVE'")
                .param(UuidBytes.of(unitId)).query(Long.class).single();
    }

    public java.util.List<UUID> activeMembersOf(UUID unitId) {
        return jdbc.sql("select id from member where home_unit_id = ? and status = 'ACTIVE' order by id")
                .param(UuidBytes.of(unitId)).query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }
}
