package vn.tusoi.review.lifecycle;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where an assignment stands: nothing written yet; a draft; a collective draft circulated to the members before
 * the meeting; submitted (that version can no longer change); returned with reasons; discussed at the meeting;
 * then the rating: self-rated by the writer, proposed, decided by the superior (or reopened to decide again) and
 * published to the person concerned. The steps between them are the table in
 * {@link Transitions}.
 */
public enum ReviewStatus {
    NOT_STARTED, DRAFT, CIRCULATED, SUBMITTED, RETURNED, DISCUSSED, SELF_RATED, PROPOSED, DECIDED, REOPENED,
    PUBLISHED;

    private static final Set<ReviewStatus> EDITABLE = EnumSet.of(NOT_STARTED, DRAFT, CIRCULATED, RETURNED);

    /** Whether the writer may still change the text. */
    public boolean isEditable() {
        return EDITABLE.contains(this);
    }

    /** Whether the report has been handed in (submitted, and everything after it except a return). */
    public boolean isHandedIn() {
        return !isEditable();
    }

    /** Whether the meeting has discussed the report (it has reached the rating). */
    public boolean isDiscussed() {
        return compareTo(DISCUSSED) >= 0;
    }

    /** Whether a superior has decided the rating (and not reopened it). */
    public boolean isDecided() {
        return this == DECIDED || this == PUBLISHED;
    }

    /** The statuses of handed-in reports, as an SQL list ({@code 'SUBMITTED', ...}). */
    public static String handedInSql() {
        return Arrays.stream(values()).filter(ReviewStatus::isHandedIn).map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
    }
}
