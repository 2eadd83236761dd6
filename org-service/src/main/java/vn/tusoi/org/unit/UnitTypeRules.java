package vn.tusoi.org.unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Unit types and which may sit under which are data (table unit_type_rule), not code. */
@Component
class UnitTypeRules {

    private final JdbcClient jdbc;

    UnitTypeRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String typeCode) {
        return jdbc.sql("select count(*) from unit_type where code = ?").param(typeCode).query(Long.class).single() > 0;
    }

    boolean allows(String parentType, String childType) {
        return jdbc.sql("select count(*) from unit_type_rule where parent_type = ? and child_type = ?")
                .params(parentType, childType).query(Long.class).single() > 0;
    }

    String name(String typeCode) {
        return jdbc.sql("select name from unit_type where code = ?").param(typeCode).query(String.class).single();
    }
}
