package vn.tusoi.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A remediation item ("tự sửa") was raised or took a step, keyed by item id. Like the review events it never
 * carries what the weakness is: only whose it is, where, by when and how far it has got.
 *
 * @param assignmentId  the decided review the item came from
 * @param ownerMemberId the member who remedies it; null for a collective's item (its committee answers for it)
 * @param status        {@code OPEN}, {@code IN_PROGRESS}, {@code DONE} or {@code DROPPED}
 * @param version       the item's version after the step; consumers keep the highest per item
 */
public record RemediationChanged(
        UUID eventId,
        UUID remediationId,
        UUID campaignId,
        UUID assignmentId,
        UUID placeUnitId,
        UUID ownerMemberId,
        LocalDate due,
        String status,
        long version,
        Instant occurredAt) {

    public static final String TYPE = "vn.tusoi.review.remediation.changed.v1";
}
