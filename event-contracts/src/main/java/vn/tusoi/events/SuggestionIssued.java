package vn.tusoi.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A superior issued a review suggestion ("gợi ý kiểm điểm") to a unit or a member, keyed by campaign id.
 * The text stays in review-service; notices only say that there is one to answer.
 *
 * @param targetUnitId   the unit whose collective report must answer it (null when aimed at a member)
 * @param targetMemberId the member whose reviews must answer it (null when aimed at a unit)
 */
public record SuggestionIssued(
        UUID eventId,
        UUID campaignId,
        UUID suggestionId,
        UUID targetUnitId,
        UUID targetMemberId,
        Instant occurredAt) {

    public static final String TYPE = "vn.tusoi.review.suggestion.issued.v1";
}
