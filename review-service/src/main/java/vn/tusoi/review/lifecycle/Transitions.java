package vn.tusoi.review.lifecycle;

import static vn.tusoi.review.lifecycle.ReviewStatus.CIRCULATED;
import static vn.tusoi.review.lifecycle.ReviewStatus.DECIDED;
import static vn.tusoi.review.lifecycle.ReviewStatus.DISCUSSED;
import static vn.tusoi.review.lifecycle.ReviewStatus.DRAFT;
import static vn.tusoi.review.lifecycle.ReviewStatus.NOT_STARTED;
import static vn.tusoi.review.lifecycle.ReviewStatus.PROPOSED;
import static vn.tusoi.review.lifecycle.ReviewStatus.PUBLISHED;
import static vn.tusoi.review.lifecycle.ReviewStatus.REOPENED;
import static vn.tusoi.review.lifecycle.ReviewStatus.RETURNED;
import static vn.tusoi.review.lifecycle.ReviewStatus.SELF_RATED;
import static vn.tusoi.review.lifecycle.ReviewStatus.SUBMITTED;

import java.util.List;
import java.util.Optional;


/**
 * Every step a review can take (QĐ 366-QĐ/TW, HD 43-HD/BTCTW): from which status, to which, and the action the
 * audit and the event record ({@code null} when the step changes the text only and records nothing).
 */
public final class Transitions {

    /** One row of the table. */
    public record Row(ReviewAction action, ReviewStatus from, ReviewStatus to, String recorded) {
    }

    public static final List<Row> TABLE = List.of(
            new Row(ReviewAction.SAVE_DRAFT, NOT_STARTED, DRAFT, "DRAFTED"),
            new Row(ReviewAction.SAVE_DRAFT, DRAFT, DRAFT, null),
            new Row(ReviewAction.SAVE_DRAFT, CIRCULATED, CIRCULATED, null),
            new Row(ReviewAction.SAVE_DRAFT, RETURNED, RETURNED, null),
            new Row(ReviewAction.CIRCULATE, DRAFT, CIRCULATED, "CIRCULATED"),
            new Row(ReviewAction.COMMENT, CIRCULATED, CIRCULATED, null),
            new Row(ReviewAction.SUBMIT, DRAFT, SUBMITTED, "SUBMITTED"),
            new Row(ReviewAction.SUBMIT, CIRCULATED, SUBMITTED, "SUBMITTED"),
            new Row(ReviewAction.SUBMIT, RETURNED, SUBMITTED, "RESUBMITTED"),
            new Row(ReviewAction.RETURN, SUBMITTED, RETURNED, "RETURNED"),
            new Row(ReviewAction.RECORD_MEETING, SUBMITTED, DISCUSSED, "DISCUSSED"),
            new Row(ReviewAction.SELF_RATE, DISCUSSED, SELF_RATED, "SELF_RATED"),
            new Row(ReviewAction.SELF_RATE, SELF_RATED, SELF_RATED, "SELF_RATED"),
            new Row(ReviewAction.PROPOSE, SELF_RATED, PROPOSED, "PROPOSED"),
            new Row(ReviewAction.PROPOSE, PROPOSED, PROPOSED, "PROPOSED"),
            new Row(ReviewAction.DECIDE, PROPOSED, DECIDED, "DECIDED"),
            new Row(ReviewAction.DECIDE, REOPENED, DECIDED, "DECIDED"),
            new Row(ReviewAction.REOPEN, DECIDED, REOPENED, "REOPENED"),
            new Row(ReviewAction.REOPEN, PUBLISHED, REOPENED, "REOPENED"),
            new Row(ReviewAction.PUBLISH, DECIDED, PUBLISHED, "PUBLISHED"));

    private Transitions() {
    }

    public static Optional<Row> find(ReviewAction action, ReviewStatus from) {
        return TABLE.stream().filter(row -> row.action() == action && row.from() == from).findFirst();
    }
}
