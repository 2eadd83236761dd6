package vn.tusoi.notification.tracking;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A remediation item as the review events told it.
 *
 * @param ownerMemberId the member who remedies it; null for a collective's (its unit's leadership is reminded)
 */
public record TrackedRemediation(UUID id, UUID campaignId, UUID assignmentId, UUID placeUnitId, UUID ownerMemberId,
        LocalDate due, String status, long version) {

    public boolean isPending() {
        return "OPEN".equals(status) || "IN_PROGRESS".equals(status);
    }
}
