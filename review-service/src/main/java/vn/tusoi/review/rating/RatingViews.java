package vn.tusoi.review.rating;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.review.assignment.AssignmentKind;
import vn.tusoi.review.lifecycle.ReviewStatus;
import vn.tusoi.review.lifecycle.Criterion;
import vn.tusoi.review.lifecycle.RatingLevel;
import vn.tusoi.review.lifecycle.ReviewAction;

/** What the rating endpoints answer. */
public final class RatingViews {

    private RatingViews() {
    }

    /**
     * One step's rating as it was given.
     *
     * @param earned the highest level the scorecard allows
     */
    public record Card(RatingStep step, Map<String, Integer> points, int tasksTotal, int tasksDone, int tasksLate,
            int tasksBeyond, boolean disciplinedSubordinate, boolean disqualified, int score, RatingLevel level,
            RatingLevel earned, @Schema(nullable = true) String note, String actor,
            @Schema(nullable = true) String actorName, Instant at) {
    }

    /**
     * The rating of one report as the caller may see it: the writer and the unit's members see the proposal and
     * the decision only once published.
     *
     * @param actions the rating steps the caller may take now
     * @param quota   the quota of the group the report counts in, for those who may decide
     */
    public record ReportRating(UUID id, @Schema(implementation = ReviewStatus.class) String status,
            List<Criterion> criteria, @Schema(nullable = true) Card self, @Schema(nullable = true) Card proposal,
            @Schema(nullable = true) Card decision, List<ReviewAction> actions, @Schema(nullable = true) Quota quota) {
    }

    /**
     * The quota of one group: decided "xuất sắc" and "tốt" so far, and the most "xuất sắc" these "tốt" allow.
     */
    public record Quota(UUID unitId, String unitName, @Schema(implementation = AssignmentKind.class) String kind,
            int percent, int excellent, int good, int most) {
    }

    /** A unit's reports with their ratings, and the quotas they count in. */
    public record UnitRatings(UUID campaignId, UUID unitId, String unitName, boolean mayDecide,
            List<Item> items, List<Quota> quotas) {
    }

    public record Item(UUID assignmentId, @Schema(implementation = AssignmentKind.class) String kind,
            @Schema(nullable = true) UUID memberId, @Schema(nullable = true) String memberName,
            @Schema(implementation = ReviewStatus.class) String status,
            @Schema(nullable = true) RatingLevel selfLevel, @Schema(nullable = true) RatingLevel proposedLevel,
            @Schema(nullable = true) RatingLevel decidedLevel, @Schema(nullable = true) Integer decidedScore) {
    }

    /** How many results a publication made available. */
    public record Published(int published) {
    }
}
