package vn.tusoi.review.assignment;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import vn.tusoi.review.lifecycle.ReviewStatus;

/**
 * One thing to write in a campaign.
 *
 * @param memberId the writer of an individual review or commitment; empty for a collective report
 */
public record Assignment(UUID id, UUID campaignId, AssignmentKind kind, UUID placeUnitId, Optional<UUID> memberId,
        String templateCode, LocalDate due, ReviewStatus status, long version) {

    /** The member id a collective report is stored with. */
    public static final UUID NO_MEMBER = new UUID(0, 0);

    public boolean isCollective() {
        return kind == AssignmentKind.COLLECTIVE;
    }
}
