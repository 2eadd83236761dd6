package vn.tusoi.org.member;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UuidBytes;

/** The units members can belong to (chi bộ), read from the tree's table. */
@Component
class HomeUnits {

    /** Members sit in a chi bộ; tổ đảng are groups inside one, đảng bộ are made of chi bộ. */
    static final Set<String> CELL_TYPES = Set.of("CHI_BO_CO_SO", "CHI_BO_TRUC_THUOC");

    record HomeUnit(UUID id, String name, String typeCode, String path, boolean active) {
    }

    private final JdbcClient jdbc;

    HomeUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<HomeUnit> find(UUID unitId) {
        return jdbc.sql("select id, name, type_code, path, status from org_unit where id = ?")
                .param(UuidBytes.of(unitId))
                .query((rs, row) -> new HomeUnit(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), "ACTIVE".equals(rs.getString(5))))
                .optional();
    }
}
