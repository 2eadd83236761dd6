package vn.tusoi.review.lifecycle;

/** Where a remediation item ("tự sửa") stands. */
public enum RemediationStatus {
    /** Raised, not yet begun. */
    OPEN,
    /** Being worked on. */
    IN_PROGRESS,
    /** Remedied, with its evidence. */
    DONE,
    /** Given up by whoever follows it (merged into another item, no longer relevant), with the reason. */
    DROPPED;

    /** Whether something is still to be done, so that it can be overdue and is reminded of. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
