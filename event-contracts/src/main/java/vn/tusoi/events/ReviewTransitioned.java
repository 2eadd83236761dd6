package vn.tusoi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One step of a review assignment's workflow (drafted, circulated, submitted, returned, discussed), keyed by
 * assignment id. It never carries what the review says: only who, where, what happened and when.
 *
 * @param action   {@code DRAFTED}, {@code CIRCULATED}, {@code SUBMITTED}, {@code RETURNED} or {@code DISCUSSED}
 * @param status   the assignment's status after the step
 * @param actor    the member (or system administrator) who took the step, as the token named them
 * @param version  the assignment's version after the step; consumers keep the highest per assignment
 */
public record ReviewTransitioned(
        UUID eventId,
        UUID campaignId,
        UUID assignmentId,
        long version,
        String kind,
        UUID placeUnitId,
        UUID memberId,
        String action,
        String status,
        LocalDate due,
        String actor,
        Instant occurredAt) {

    public static final String TYPE = "vn.tusoi.review.assignment.transitioned.v1";
}
