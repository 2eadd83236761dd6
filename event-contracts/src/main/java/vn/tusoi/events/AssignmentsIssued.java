package vn.tusoi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Review assignments a campaign's launch created, up to a page at a time, keyed by campaign id. A launch that is
 * run again (or re-sent after a crash) may repeat assignments: consumers dedupe by {@code assignmentId}.
 */
public record AssignmentsIssued(
        UUID eventId,
        UUID campaignId,
        List<Assignment> assignments,
        Instant occurredAt) {

    public static final String TYPE = "vn.tusoi.review.assignments.issued.v1";

    /**
     * @param kind         {@code COLLECTIVE}, {@code INDIVIDUAL} or {@code COMMITMENT}
     * @param placeUnitId  the unit whose collective report it is, or where the member reviews
     * @param memberId     the member who writes it; null for a collective report
     */
    public record Assignment(UUID assignmentId, String kind, UUID placeUnitId, UUID memberId, String templateCode,
            LocalDate due) {
    }
}
