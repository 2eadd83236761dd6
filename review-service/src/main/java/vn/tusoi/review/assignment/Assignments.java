package vn.tusoi.review.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.lifecycle.ReviewStatus;

/** The table {@code review_assignment}, for the features that work on assignments after the launch. */
@Component
public class Assignments {

    private static final String COLUMNS = "id, campaign_id, kind, place_unit_id, member_id, template_code, due, "
            + "status, version";

    private final JdbcClient jdbc;
    private final Tallies tallies;
    private final Clock clock;

    Assignments(JdbcClient jdbc, Tallies tallies, Clock clock) {
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.clock = clock;
    }

    public Optional<Assignment> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from review_assignment where id = ?").param(UuidBytes.of(id))
                .query((rs, row) -> assignment(rs)).optional();
    }

    /** Reads the assignment and locks it until the transaction ends, so steps on it run one after the other. */
    public Optional<Assignment> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from review_assignment where id = ? for update")
                .param(UuidBytes.of(id)).query((rs, row) -> assignment(rs)).optional();
    }

    /**
     * Moves the assignment, as it was read (status and version), to the status a step of the review lifecycle
     * accepted, and returns it as it is now (its version one higher). An assignment changed since it was read is
     * an error of the caller, who must have locked it.
     */
    public Assignment moveTo(Assignment assignment, ReviewStatus status) {
        int moved = jdbc.sql("""
                update review_assignment set status = ?, version = version + 1, updated_at = ?
                where id = ? and status = ? and version = ?
                """)
                .params(status.name(), UtcTimes.of(clock.instant()), UuidBytes.of(assignment.id()),
                        assignment.status().name(), assignment.version())
                .update();
        if (moved != 1) {
            throw new IllegalStateException("Assignment " + assignment.id() + " changed since it was read");
        }
        if (status != assignment.status()) {
            tallies.moved(assignment, status);
        }
        return new Assignment(assignment.id(), assignment.campaignId(), assignment.kind(), assignment.placeUnitId(),
                assignment.memberId(), assignment.templateCode(), assignment.due(), status, assignment.version() + 1);
    }

    /** The assignments of one kind in one place of a campaign. */
    public List<Assignment> inPlace(UUID campaignId, UUID placeUnitId, AssignmentKind kind) {
        return jdbc.sql("select " + COLUMNS + " from review_assignment"
                        + " where campaign_id = ? and place_unit_id = ? and kind = ?")
                .params(UuidBytes.of(campaignId), UuidBytes.of(placeUnitId), kind.name())
                .query((rs, row) -> assignment(rs)).list();
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        UUID member = UuidBytes.uuid(rs.getBytes(5));
        return new Assignment(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                AssignmentKind.valueOf(rs.getString(3)), UuidBytes.uuid(rs.getBytes(4)),
                AssignmentPlanner.NO_MEMBER.equals(member) ? Optional.empty() : Optional.of(member),
                rs.getString(6), rs.getObject(7, LocalDate.class), ReviewStatus.valueOf(rs.getString(8)),
                rs.getLong(9));
    }
}
