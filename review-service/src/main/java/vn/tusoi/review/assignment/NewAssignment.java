package vn.tusoi.review.assignment;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One assignment a launch asks for.
 *
 * @param memberId the writer, or {@link AssignmentPlanner#NO_MEMBER} for a collective report
 */
public record NewAssignment(UUID id, AssignmentKind kind, UUID placeUnitId, UUID memberId, String templateCode,
        LocalDate due) {
}
