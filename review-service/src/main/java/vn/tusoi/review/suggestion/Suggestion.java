package vn.tusoi.review.suggestion;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

public record Suggestion(UUID id, UUID campaignId, @Schema(nullable = true) UUID targetUnitId,
        @Schema(nullable = true) UUID targetMemberId, String body, String issuedBy, Instant issuedAt) {
}
