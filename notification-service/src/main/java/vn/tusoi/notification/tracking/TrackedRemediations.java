package vn.tusoi.notification.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.events.RemediationChanged;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * Remediation items kept from {@code review.events.v1}: each event is applied whatever the order it arrives in,
 * the highest version winning, so a redelivered or late event changes nothing.
 */
@Component
public class TrackedRemediations {

    private static final String COLUMNS = "id, campaign_id, assignment_id, place_unit_id, owner_member_id, due, status,"
            + " version";

    private final JdbcClient jdbc;

    TrackedRemediations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true when the event was newer than what is known */
    public boolean apply(RemediationChanged event) {
        int updated = jdbc.sql("update tracked_remediation set due = ?, status = ?, version = ? where id = ? and version < ?")
                .params(event.due(), event.status(), event.version(), UuidBytes.of(event.remediationId()),
                        event.version())
                .update();
        if (updated > 0) {
            return true;
        }
        return jdbc.sql("""
                insert ignore into tracked_remediation (id, campaign_id, assignment_id, place_unit_id, owner_member_id,
                                                        due, status, version)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(event.remediationId()), UuidBytes.of(event.campaignId()),
                        UuidBytes.of(event.assignmentId()), UuidBytes.of(event.placeUnitId()),
                        UuidBytes.of(event.ownerMemberId()), event.due(), event.status(), event.version())
                .update() > 0;
    }

    public Optional<TrackedRemediation> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from tracked_remediation where id = ?").param(UuidBytes.of(id))
                .query((rs, row) -> item(rs)).optional();
    }

    /** Items not yet remedied whose deadline lies between the two days. */
    public List<TrackedRemediation> pendingDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select " + COLUMNS + " from tracked_remediation"
                        + " where status in ('OPEN', 'IN_PROGRESS') and due between ? and ?")
                .params(from, to).query((rs, row) -> item(rs)).list();
    }

    private static TrackedRemediation item(ResultSet rs) throws SQLException {
        return new TrackedRemediation(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                UuidBytes.uuid(rs.getBytes(3)), UuidBytes.uuid(rs.getBytes(4)), UuidBytes.uuid(rs.getBytes(5)),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getLong(8));
    }
}
