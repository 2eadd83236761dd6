package vn.tusoi.notification.tracking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An assignment as the review events told it.
 *
 * @param memberId the writer; null for a collective report (its unit's leadership is reminded)
 */
public record TrackedAssignment(UUID id, UUID campaignId, String kind, UUID placeUnitId, UUID memberId,
        LocalDate due, String status, long version) {

    /** Whether something is still to be done (not submitted, not discussed). */
    public boolean isPending() {
        return switch (status) {
            case "NOT_STARTED", "DRAFT", "CIRCULATED", "RETURNED" -> true;
            default -> false;
        };
    }
}
