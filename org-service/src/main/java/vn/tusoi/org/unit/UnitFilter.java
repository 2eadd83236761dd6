package vn.tusoi.org.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;

/**
 * What a list of units is narrowed to: the children of one unit (to open the tree level by level) and/or a part of
 * a unit's name or code (to pick a unit among thousands).
 */
public record UnitFilter(UUID parentId, String text) {

    public static final UnitFilter ALL = new UnitFilter(null, null);

    Specification<OrgUnit> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> conditions = new ArrayList<>();
            if (parentId != null) {
                conditions.add(cb.equal(root.get("parentId"), parentId));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
                conditions.add(cb.or(cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(cb.lower(root.get("code")), like, '\\')));
            }
            return cb.and(conditions.toArray(Predicate[]::new));
        };
    }
}
