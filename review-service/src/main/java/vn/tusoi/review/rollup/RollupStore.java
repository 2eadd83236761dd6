package vn.tusoi.review.rollup;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.lifecycle.ReviewStatus;

/**
 * Reads the counters of a subtree grouped by the unit right under its root: one range over the campaign's
 * counter rows (a few per unit, not one per report), joined to the units by id.
 */
@Component
class RollupStore {

    /** Counts of one group: {@code child} is the unit right under the root, empty for the root itself. */
    record StatusCount(String child, String kind, ReviewStatus status, long n, long overdue) {
    }

    record LevelCount(String child, String kind, String level, long n) {
    }

    /** A unit right under the root, with how many active units are under it in turn. */
    record Child(UUID id, String code, String name, String typeCode, int childUnits) {
    }

    record QuotaCount(String kind, long excellent, long good, long most) {
    }

    private static final String PENDING = java.util.Arrays.stream(ReviewStatus.values())
            .filter(status -> !status.isHandedIn()).map(status -> "'" + status.name() + "'")
            .collect(java.util.stream.Collectors.joining(", "));

    private final JdbcClient jdbc;

    RollupStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Child> children(UUID unitId) {
        return jdbc.sql("""
                select c.id, c.code, c.name, c.type_code,
                       (select count(*) from org_unit_replica k where k.parent_id = c.id and k.status = 'ACTIVE')
                from org_unit_replica c where c.parent_id = ? and c.status = 'ACTIVE' order by c.code
                """)
                .param(UuidBytes.of(unitId))
                .query((rs, row) -> new Child(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)))
                .list();
    }

    List<StatusCount> statuses(UUID campaignId, String rootPath, LocalDate today) {
        return jdbc.sql("""
                select substring(u.path, :from, 36) child, t.kind, t.status, sum(t.n),
                       sum(case when t.due < :today and t.status in (%s) then t.n else 0 end)
                from review_status_tally t join org_unit_replica u on u.id = t.unit_id
                where t.campaign_id = :campaign and u.path like :prefix
                group by child, t.kind, t.status
                """.formatted(PENDING))
                .param("from", rootPath.length() + 1).param("today", today)
                .param("campaign", UuidBytes.of(campaignId)).param("prefix", rootPath + "%")
                .query((rs, row) -> new StatusCount(rs.getString(1), rs.getString(2),
                        ReviewStatus.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5)))
                .list();
    }

    List<LevelCount> levels(UUID campaignId, String rootPath) {
        return jdbc.sql("""
                select substring(u.path, :from, 36) child, t.kind, t.level, sum(t.n)
                from review_level_tally t join org_unit_replica u on u.id = t.unit_id
                where t.campaign_id = :campaign and u.path like :prefix
                group by child, t.kind, t.level
                """)
                .param("from", rootPath.length() + 1)
                .param("campaign", UuidBytes.of(campaignId)).param("prefix", rootPath + "%")
                .query((rs, row) -> new LevelCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    /** The quota's groups within the subtree (the root's own group included), summed by kind. */
    List<QuotaCount> quotas(UUID campaignId, String rootPath, int percent) {
        return jdbc.sql("""
                select q.kind, sum(q.excellent), sum(q.good), sum(floor(:percent * q.good / 100))
                from review_quota q join org_unit_replica u on u.id = q.unit_id
                where q.campaign_id = :campaign and u.path like :prefix
                group by q.kind
                """)
                .param("percent", percent).param("campaign", UuidBytes.of(campaignId))
                .param("prefix", rootPath + "%")
                .query((rs, row) -> new QuotaCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    /** Reports of the subtree past their deadline and not handed in, the oldest deadline first. */
    List<RollupViews.OverdueReport> overdue(UUID campaignId, String rootPath, LocalDate today, int limit) {
        return jdbc.sql("""
                select a.id, a.kind, a.place_unit_id, u.name, a.member_id, a.due, a.status
                from review_assignment a join org_unit_replica u on u.id = a.place_unit_id
                where a.campaign_id = :campaign and a.status in (%s) and a.due < :today and u.path like :prefix
                order by a.due, u.path, a.id limit :limit
                """.formatted(PENDING))
                .param("campaign", UuidBytes.of(campaignId)).param("today", today)
                .param("prefix", rootPath + "%").param("limit", limit)
                .query((rs, row) -> {
                    UUID member = UuidBytes.uuid(rs.getBytes(5));
                    return new RollupViews.OverdueReport(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                            UuidBytes.uuid(rs.getBytes(3)), rs.getString(4),
                            Assignment.NO_MEMBER.equals(member) ? null : member, null,
                            rs.getObject(6, LocalDate.class), rs.getString(7));
                })
                .list();
    }
}
