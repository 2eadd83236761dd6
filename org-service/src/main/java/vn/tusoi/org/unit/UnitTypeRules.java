package vn.tusoi.org.unit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** Every type in rank order, its name in the reader's language and the types that may sit under it. */
    List<UnitType> all(Locale locale) {
        Map<String, List<String>> children = new HashMap<>();
        jdbc.sql("select parent_type, child_type from unit_type_rule order by child_type")
                .query(rs -> {
                    children.computeIfAbsent(rs.getString(1), parent -> new ArrayList<>()).add(rs.getString(2));
                });
        boolean english = "en".equals(locale.getLanguage());
        return jdbc.sql("select code, name, name_en, legacy from unit_type order by sort_order")
                .query((rs, row) -> new UnitType(rs.getString(1), english ? rs.getString(3) : rs.getString(2),
                        children.getOrDefault(rs.getString(1), List.of()), rs.getBoolean(4)))
                .list();
    }

    /** A unit type as a form offers it; a legacy type (before the 2025 reorganization) is kept for old data only. */
    record UnitType(String code, String name, List<String> childTypes, boolean legacy) {
    }

    String name(String typeCode) {
        return jdbc.sql("select name from unit_type where code = ?").param(typeCode).query(String.class).single();
    }
}
