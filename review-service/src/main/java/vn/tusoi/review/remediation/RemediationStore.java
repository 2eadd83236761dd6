package vn.tusoi.review.remediation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.lifecycle.RemediationAction;
import vn.tusoi.review.lifecycle.RemediationStatus;

/** The remediation items and their notes. */
@Component
class RemediationStore {

    /** An item as stored; a collective's has no owner member. */
    record Row(UUID id, UUID campaignId, UUID assignmentId, UUID placeUnitId, UUID ownerMemberId, String what,
            LocalDate due, RemediationStatus status, String evidence, long version, String raisedBy,
            Instant raisedAt, Instant updatedAt) {
    }

    private static final String COLUMNS = """
            r.id, r.campaign_id, r.assignment_id, r.place_unit_id, r.owner_member_id, r.what, r.due_on, r.status,
            r.evidence, r.version, r.raised_by, r.raised_at, r.updated_at""";

    private final JdbcClient jdbc;

    RemediationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Row row) {
        jdbc.sql("""
                insert into review_remediation (id, campaign_id, assignment_id, place_unit_id, owner_member_id, what,
                                                due_on, status, evidence, version, raised_by, raised_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(row.id()), UuidBytes.of(row.campaignId()), UuidBytes.of(row.assignmentId()),
                        UuidBytes.of(row.placeUnitId()), row.ownerMemberId() == null ? null
                                : UuidBytes.of(row.ownerMemberId()), row.what(), row.due(), row.status().name(),
                        row.evidence(), row.version(), row.raisedBy(), UtcTimes.of(row.raisedAt()),
                        UtcTimes.of(row.updatedAt()))
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from review_remediation r where r.id = ?")
                .param(UuidBytes.of(id)).query(RemediationStore::row).optional();
    }

    /** Locks the item until the transaction ends: steps on one item run one after the other. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from review_remediation r where r.id = ? for update")
                .param(UuidBytes.of(id)).query(RemediationStore::row).optional();
    }

    /** Writes an item's step: its status, evidence, version and time. */
    void step(Row row) {
        jdbc.sql("update review_remediation set status = ?, evidence = ?, version = ?, updated_at = ? where id = ?")
                .params(row.status().name(), row.evidence(), row.version(), UtcTimes.of(row.updatedAt()),
                        UuidBytes.of(row.id()))
                .update();
    }

    void note(UUID id, UUID itemId, RemediationAction action, RemediationStatus from, RemediationStatus to,
            String body, String actor, Instant at) {
        jdbc.sql("""
                insert into review_remediation_note (id, remediation_id, action, from_status, to_status, body, actor,
                                                     acted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(id), UuidBytes.of(itemId), action.name(), from.name(), to.name(), body, actor,
                        UtcTimes.of(at))
                .update();
    }

    List<RemediationViews.RemediationNote> notes(UUID itemId) {
        return jdbc.sql("""
                select action, from_status, to_status, body, actor, acted_at from review_remediation_note
                where remediation_id = ? order by acted_at, id
                """)
                .param(UuidBytes.of(itemId))
                .query((rs, n) -> new RemediationViews.RemediationNote(RemediationAction.valueOf(rs.getString(1)),
                        RemediationStatus.valueOf(rs.getString(2)), RemediationStatus.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), UtcTimes.instant(rs, 6)))
                .list();
    }

    /** The items raised from one review, oldest first. */
    List<Row> ofAssignment(UUID assignmentId) {
        return jdbc.sql("select " + COLUMNS + " from review_remediation r where r.assignment_id = ? order by r.id")
                .param(UuidBytes.of(assignmentId)).query(RemediationStore::row).list();
    }

    /**
     * The owner's items from campaigns before the given one (ids are time-ordered, so an earlier campaign has a
     * smaller id): a member's own, or a collective's of the unit.
     */
    List<Row> carriedInto(UUID campaignId, UUID placeUnitId, UUID ownerMemberId) {
        String owner = ownerMemberId == null ? "r.owner_member_id is null and r.place_unit_id = :place"
                : "r.owner_member_id = :member";
        return jdbc.sql("select " + COLUMNS + " from review_remediation r where " + owner
                        + " and r.campaign_id < :campaign order by r.campaign_id, r.id")
                .param("place", UuidBytes.of(placeUnitId))
                .param("member", ownerMemberId == null ? null : UuidBytes.of(ownerMemberId))
                .param("campaign", UuidBytes.of(campaignId))
                .query(RemediationStore::row).list();
    }

    /** A member's own items, and the collective items of the units whose committee they sit on. */
    List<Row> ownedBy(UUID memberId, List<UUID> ledUnits, int limit) {
        String collectives = ledUnits.isEmpty() ? ""
                : " or (r.owner_member_id is null and r.place_unit_id in (:units))";
        return jdbc.sql("select " + COLUMNS + " from review_remediation r where (r.owner_member_id = :member"
                        + collectives + ") order by r.status in ('DONE', 'DROPPED'), r.due_on, r.id limit :limit")
                .param("member", UuidBytes.of(memberId))
                .param("units", ledUnits.stream().map(UuidBytes::of).toList())
                .param("limit", limit)
                .query(RemediationStore::row).list();
    }

    /**
     * The items placed in a unit's subtree: the pending ones by deadline (overdue first), at most {@code limit}.
     */
    List<Row> inSubtree(String unitPath, boolean overdueOnly, LocalDate today, int limit) {
        String overdue = overdueOnly ? " and r.status in ('OPEN', 'IN_PROGRESS') and r.due_on < :today" : "";
        return jdbc.sql("select " + COLUMNS + " from review_remediation r join org_unit_replica u on u.id = r.place_unit_id"
                        + " where u.path like :path" + overdue
                        + " order by r.status in ('DONE', 'DROPPED'), r.due_on, r.id limit :limit")
                .param("path", unitPath + "%").param("today", today).param("limit", limit)
                .query(RemediationStore::row).list();
    }

    /** How many items of the subtree stand at each status, and how many of them are overdue. */
    RemediationViews.RemediationProgress progress(String unitPath, UUID campaignId, LocalDate today) {
        return jdbc.sql("""
                select count(*), coalesce(sum(r.status = 'OPEN'), 0), coalesce(sum(r.status = 'IN_PROGRESS'), 0),
                       coalesce(sum(r.status = 'DONE'), 0), coalesce(sum(r.status = 'DROPPED'), 0),
                       coalesce(sum(r.status in ('OPEN', 'IN_PROGRESS') and r.due_on < :today), 0)
                from review_remediation r join org_unit_replica u on u.id = r.place_unit_id
                where u.path like :path and (:campaign is null or r.campaign_id = :campaign)
                """)
                .param("path", unitPath + "%").param("today", today)
                .param("campaign", campaignId == null ? null : UuidBytes.of(campaignId))
                .query((rs, n) -> new RemediationViews.RemediationProgress(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)), UuidBytes.uuid(rs.getBytes(3)),
                UuidBytes.uuid(rs.getBytes(4)), rs.getBytes(5) == null ? null : UuidBytes.uuid(rs.getBytes(5)),
                rs.getString(6), rs.getObject(7, LocalDate.class), RemediationStatus.valueOf(rs.getString(8)),
                rs.getString(9), rs.getLong(10), rs.getString(11), UtcTimes.instant(rs, 12),
                UtcTimes.instant(rs, 13));
    }
}
