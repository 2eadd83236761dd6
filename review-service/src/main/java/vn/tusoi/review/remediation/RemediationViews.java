package vn.tusoi.review.remediation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.review.lifecycle.RemediationAction;
import vn.tusoi.review.lifecycle.RemediationStatus;

/** What the remediation endpoints answer. */
public final class RemediationViews {

    private RemediationViews() {
    }

    /**
     * One item.
     *
     * @param ownerMemberId the member who remedies it; null for a collective's item
     * @param ownerName     the member's name, or the unit's for a collective's item
     * @param actions       the steps the caller may take now
     */
    public record RemediationItem(UUID id, UUID campaignId, String campaignTitle, UUID assignmentId, UUID placeUnitId,
            String placeUnitName, @Schema(nullable = true) UUID ownerMemberId, String ownerName, String what,
            LocalDate due, RemediationStatus status, @Schema(nullable = true) String evidence, boolean overdue,
            long version, String raisedBy, Instant raisedAt, Instant updatedAt, List<RemediationAction> actions) {
    }

    /** A step or a note on an item. */
    public record RemediationNote(RemediationAction action, RemediationStatus fromStatus, RemediationStatus toStatus,
            @Schema(nullable = true) String body, String actor, Instant at) {
    }

    public record RemediationDetail(RemediationItem item, List<RemediationNote> notes) {
    }

    /**
     * The remediation of one review: what was raised from it, and what earlier campaigns left to its writer.
     *
     * @param mayRaise whether the caller may raise an item from it now
     */
    public record ReportRemediation(UUID assignmentId, boolean mayRaise, List<RemediationItem> raised,
            List<RemediationItem> carried) {
    }

    /** How far the items of a subtree have got. */
    public record RemediationProgress(long total, long open, long inProgress, long done, long dropped, long overdue) {
    }

    /** The items of a unit's subtree, the pending ones first by deadline. */
    public record UnitRemediation(UUID unitId, String unitName, RemediationProgress progress,
            List<RemediationItem> items) {
    }
}
