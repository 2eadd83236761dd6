package vn.tusoi.review.rating;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.orgreplica.ReplicatedUnit;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.assignment.AssignmentKind;
import vn.tusoi.review.lifecycle.ExcellenceQuota;
import vn.tusoi.review.lifecycle.RatingLevel;

/**
 * Where a review counts for the quota, and the count. A member's review counts in the grassroots organization
 * (đảng bộ cơ sở, chi bộ cơ sở, and since 2025 the đảng bộ of a xã, phường or đặc khu) its place belongs to; a
 * collective's under the unit right above it. The counts of a group live in one row that every decider of the
 * group locks, so decisions in one group run one after the other and the last slot goes to one of them.
 */
@Component
class QuotaLedger {

    static final Set<String> GRASSROOTS = Set.of("DANG_BO_CO_SO", "CHI_BO_CO_SO", "DANG_UY_XA", "DANG_UY_PHUONG",
            "DANG_UY_DAC_KHU");

    /** A group of the quota and its counts. */
    record Group(UUID campaignId, AssignmentKind kind, ReplicatedUnit unit) {
    }

    private final JdbcClient jdbc;
    private final OrgUnitReplica units;

    QuotaLedger(JdbcClient jdbc, OrgUnitReplica units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The group a review counts in. */
    Group groupOf(Assignment assignment, ReplicatedUnit place) {
        return new Group(assignment.campaignId(), assignment.kind(), assignment.isCollective()
                ? Optional.ofNullable(place.parentId()).flatMap(units::find).orElse(place)
                : grassroots(place));
    }

    /** The nearest unit of a grassroots type from the place up; the place itself when there is none. */
    ReplicatedUnit grassroots(ReplicatedUnit place) {
        List<String> ids = List.of(place.path().split("/"));
        for (int i = ids.size() - 1; i >= 0; i--) {
            if (ids.get(i).isEmpty()) {
                continue;
            }
            Optional<ReplicatedUnit> unit = ids.get(i).equals(place.id().toString()) ? Optional.of(place)
                    : units.find(UUID.fromString(ids.get(i)));
            if (unit.isPresent() && GRASSROOTS.contains(unit.get().typeCode())) {
                return unit.get();
            }
        }
        return place;
    }

    /** Locks the group's counts until the transaction ends and returns them. */
    ExcellenceQuota lock(Group group, int percent) {
        Optional<int[]> counts = locked(group);
        if (counts.isEmpty()) {
            jdbc.sql("insert ignore into review_quota (campaign_id, kind, unit_id, excellent, good) values (?, ?, ?, 0, 0)")
                    .params(UuidBytes.of(group.campaignId()), group.kind().name(), UuidBytes.of(group.unit().id()))
                    .update();
            counts = locked(group);
        }
        int[] found = counts.orElseThrow();
        return new ExcellenceQuota(percent, group.unit().name(), found[0], found[1]);
    }

    /** The counts without a lock, for lists. */
    ExcellenceQuota read(Group group, int percent) {
        int[] found = jdbc.sql("select excellent, good from review_quota where campaign_id = ? and kind = ? and unit_id = ?")
                .params(UuidBytes.of(group.campaignId()), group.kind().name(), UuidBytes.of(group.unit().id()))
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional().orElse(new int[2]);
        return new ExcellenceQuota(percent, group.unit().name(), found[0], found[1]);
    }

    /** Counts a decided level in (+1) or out (-1) of the group, whose row the caller has locked. */
    void count(Group group, RatingLevel level, int delta) {
        String column = switch (level) {
            case XUAT_SAC -> "excellent";
            case TOT -> "good";
            default -> null;
        };
        if (column == null) {
            return;
        }
        jdbc.sql("update review_quota set " + column + " = " + column + " + ? where campaign_id = ? and kind = ?"
                        + " and unit_id = ?")
                .params(delta, UuidBytes.of(group.campaignId()), group.kind().name(), UuidBytes.of(group.unit().id()))
                .update();
    }

    private Optional<int[]> locked(Group group) {
        return jdbc.sql("""
                select excellent, good from review_quota where campaign_id = ? and kind = ? and unit_id = ?
                for update
                """)
                .params(UuidBytes.of(group.campaignId()), group.kind().name(), UuidBytes.of(group.unit().id()))
                .query((rs, row) -> new int[] {rs.getInt(1), rs.getInt(2)}).optional();
    }
}
