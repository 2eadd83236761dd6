package vn.tusoi.review.suggestion;

import java.time.Instant;
import java.util.UUID;

public record Suggestion(UUID id, UUID campaignId, UUID targetUnitId, UUID targetMemberId, String body,
        String issuedBy, Instant issuedAt) {
}
