package vn.tusoi.review.assignment;

import java.time.LocalDate;
import java.util.UUID;

/** An assignment in a list, with the names a reader needs. */
public record AssignmentSummary(UUID id, UUID campaignId, String kind, UUID placeUnitId, String placeUnitName,
        UUID memberId, String memberName, String templateCode, LocalDate due, String status) {
}
