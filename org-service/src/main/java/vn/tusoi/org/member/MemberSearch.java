package vn.tusoi.org.member;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.text.VietnameseText;

/**
 * Finds members under given subtrees (prefix scans of the unit path index), by folded name or card number,
 * one page at a time, in name order.
 */
@Component
class MemberSearch {

    /** One member found, with the path of their home unit (what decides who may see their personal data). */
    record Hit(UUID id, String homeUnitPath) {
    }

    record Found(List<Hit> hits, long total) {
    }

    private final JdbcClient jdbc;

    MemberSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param subtreePaths null for the whole province; otherwise at least one path */
    Found search(Collection<String> subtreePaths, String name, String partyCardNumber, int page, int size) {
        StringBuilder where = new StringBuilder(" from member m join org_unit u on u.id = m.home_unit_id where 1 = 1");
        List<Object> params = new ArrayList<>();
        if (subtreePaths != null) {
            where.append(" and (").append(String.join(" or ", subtreePaths.stream().map(p -> "u.path like ?")
                    .toList())).append(')');
            subtreePaths.forEach(path -> params.add(path + "%"));
        }
        if (name != null && !name.isBlank()) {
            where.append(" and m.name_search like ?");
            params.add("%" + escapeLike(VietnameseText.fold(name)) + "%");
        }
        if (partyCardNumber != null && !partyCardNumber.isBlank()) {
            where.append(" and m.party_card_number = ?");
            params.add(partyCardNumber.trim());
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(size);
        pageParams.add((long) page * size);
        List<Hit> hits = jdbc.sql("select m.id, u.path" + where + " order by m.name_search, m.id limit ? offset ?")
                .params(pageParams)
                .query((rs, row) -> new Hit(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2)))
                .list();
        return new Found(hits, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
