package vn.tusoi.notification.tracking;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.events.AssignmentsIssued;
import vn.tusoi.events.CampaignChanged;
import vn.tusoi.events.ReviewTransitioned;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * Campaigns and assignments kept from {@code review.events.v1}: new assignments are added once (by id), later
 * steps apply only when their version is newer, so redelivered or late events change nothing.
 */
@Component
public class TrackedAssignments {

    private static final String COLUMNS = "id, campaign_id, kind, place_unit_id, member_id, due, status, version";
    private static final String CAMPAIGN_COLUMNS = "id, title, status, reminder_days_before, overdue_every_days,"
            + " overdue_times, sms_with_diacritics";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    TrackedAssignments(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Keeps the campaign as the newest event says (an older or repeated one changes nothing). */
    public void apply(CampaignChanged event) {
        CampaignChanged.Reminders reminders = event.reminders();
        Map<String, Object> row = new HashMap<>();
        row.put("id", UuidBytes.of(event.campaignId()));
        row.put("title", event.title());
        row.put("status", event.status());
        row.put("days", reminders == null ? null
                : reminders.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(",")));
        row.put("every", reminders == null ? null : reminders.overdueEveryDays());
        row.put("times", reminders == null ? null : reminders.overdueTimes());
        row.put("marks", reminders != null && reminders.smsWithDiacritics());
        row.put("version", event.version());
        int updated = jdbc.sql("""
                update tracked_campaign set title = :title, status = :status, reminder_days_before = :days,
                       overdue_every_days = :every, overdue_times = :times, sms_with_diacritics = :marks,
                       version = :version
                where id = :id and version < :version
                """).params(row).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert ignore into tracked_campaign (id, title, status, reminder_days_before, overdue_every_days,
                                                         overdue_times, sms_with_diacritics, version)
                    values (:id, :title, :status, :days, :every, :times, :marks, :version)
                    """).params(row).update();
        }
    }

    /** @return the assignments that were new */
    public List<TrackedAssignment> apply(AssignmentsIssued event) {
        List<UUID> ids = event.assignments().stream().map(AssignmentsIssued.Assignment::assignmentId).toList();
        Set<UUID> known = ids.isEmpty() ? Set.of() : new HashSet<>(jdbc.sql(
                        "select id from tracked_assignment where id in (:ids)")
                .param("ids", ids.stream().map(UuidBytes::of).toList())
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list());
        List<TrackedAssignment> added = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        for (AssignmentsIssued.Assignment a : event.assignments()) {
            if (known.contains(a.assignmentId())) {
                continue;
            }
            added.add(new TrackedAssignment(a.assignmentId(), event.campaignId(), a.kind(), a.placeUnitId(),
                    a.memberId(), a.due(), "NOT_STARTED", 0));
            rows.add(new Object[] {UuidBytes.of(a.assignmentId()), UuidBytes.of(event.campaignId()), a.kind(),
                    UuidBytes.of(a.placeUnitId()), UuidBytes.of(a.memberId()),
                    Date.valueOf(a.due())});
        }
        batch.batchUpdate("""
                insert into tracked_assignment (id, campaign_id, kind, place_unit_id, member_id, due, status, version)
                values (?, ?, ?, ?, ?, ?, 'NOT_STARTED', 0)
                on duplicate key update id = id
                """, rows);
        return added;
    }

    /** @return true when the step was newer than what is known */
    public boolean apply(ReviewTransitioned event) {
        return jdbc.sql("update tracked_assignment set status = ?, due = ?, version = ? where id = ? and version < ?")
                .params(event.status(), event.due(), event.version(), UuidBytes.of(event.assignmentId()),
                        event.version())
                .update() > 0;
    }

    public Optional<TrackedAssignment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tracked_assignment where id = ?").param(UuidBytes.of(id))
                .query((rs, row) -> assignment(rs)).optional();
    }

    /** Several at once, by id (those not known are left out). */
    public Map<UUID, TrackedAssignment> findAll(Collection<UUID> ids) {
        Map<UUID, TrackedAssignment> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        jdbc.sql("select " + COLUMNS + " from tracked_assignment where id in (:ids)")
                .param("ids", ids.stream().distinct().map(UuidBytes::of).toList())
                .query((rs, row) -> assignment(rs)).list()
                .forEach(assignment -> found.put(assignment.id(), assignment));
        return found;
    }

    public Optional<TrackedCampaign> campaign(UUID campaignId) {
        return jdbc.sql("select " + CAMPAIGN_COLUMNS + " from tracked_campaign where id = ?")
                .param(UuidBytes.of(campaignId)).query((rs, row) -> campaign(rs)).optional();
    }

    /** Every campaign known (a province runs a few hundred at most), by id. */
    public Map<UUID, TrackedCampaign> campaigns() {
        return jdbc.sql("select " + CAMPAIGN_COLUMNS + " from tracked_campaign").query((rs, row) -> campaign(rs))
                .list().stream().collect(Collectors.toMap(TrackedCampaign::id, campaign -> campaign));
    }

    private static TrackedCampaign campaign(ResultSet rs) throws SQLException {
        String days = rs.getString(4);
        return new TrackedCampaign(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2), rs.getString(3),
                days == null ? null : days.isEmpty() ? List.of()
                        : Stream.of(days.split(",")).map(Integer::valueOf).toList(),
                rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), rs.getBoolean(7));
    }

    /**
     * Pending assignments due between the two days, read in one pass (a province's worth is a few tens of MiB;
     * paging by id would sort the whole range again for every page).
     */
    public List<TrackedAssignment> pendingDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from tracked_assignment"
                        + " where status in ('NOT_STARTED', 'DRAFT', 'CIRCULATED', 'RETURNED') and due between ? and ?")
                .params(from, to)
                .query((rs, row) -> assignment(rs)).list();
    }

    private static TrackedAssignment assignment(ResultSet rs) throws SQLException {
        return new TrackedAssignment(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)), rs.getString(3),
                UuidBytes.uuid(rs.getBytes(4)), UuidBytes.uuid(rs.getBytes(5)), rs.getObject(6, LocalDate.class),
                rs.getString(7), rs.getLong(8));
    }
}
