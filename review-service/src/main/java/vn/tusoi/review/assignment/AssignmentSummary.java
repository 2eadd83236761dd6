package vn.tusoi.review.assignment;

import java.time.LocalDate;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.review.lifecycle.ReviewStatus;

/** An assignment in a list, with the names a reader needs. */
public record AssignmentSummary(UUID id, UUID campaignId, @Schema(implementation = AssignmentKind.class) String kind,
        UUID placeUnitId, String placeUnitName, @Schema(nullable = true) UUID memberId,
        @Schema(nullable = true) String memberName, String templateCode, LocalDate due,
        @Schema(implementation = ReviewStatus.class) String status) {
}
