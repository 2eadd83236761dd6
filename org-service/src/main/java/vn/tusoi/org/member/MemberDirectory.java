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

    public long count() {
        return jdbc.sql("select count(*) from member").query(Long.class).single();
    }
}
