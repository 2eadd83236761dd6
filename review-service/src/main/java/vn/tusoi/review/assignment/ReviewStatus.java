package vn.tusoi.review.assignment;

/**
 * Where an assignment stands: nothing written yet; a draft; a collective draft circulated to the members before
 * the meeting; submitted (that version can no longer change); returned with reasons; discussed at the meeting.
 */
public enum ReviewStatus {
    NOT_STARTED, DRAFT, CIRCULATED, SUBMITTED, RETURNED, DISCUSSED;

    /** Whether the writer may still change the text. */
    public boolean isEditable() {
        return this == NOT_STARTED || this == DRAFT || this == CIRCULATED || this == RETURNED;
    }
}
