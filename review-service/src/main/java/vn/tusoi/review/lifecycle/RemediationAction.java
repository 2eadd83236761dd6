package vn.tusoi.review.lifecycle;

import java.util.Set;

/**
 * The steps of a remediation item, from which statuses each is taken and to which it leads, and who takes it: the
 * owner (the member, or the committee for a collective's item) reports progress; whoever follows the item up (the
 * unit's committee for a member's, the superior for both) also reopens what is not really remedied and drops what
 * no longer applies. A note without a change of status is open to both at any time.
 */
public enum RemediationAction {
    START(Set.of(RemediationStatus.OPEN), RemediationStatus.IN_PROGRESS, true),
    COMPLETE(Set.of(RemediationStatus.OPEN, RemediationStatus.IN_PROGRESS), RemediationStatus.DONE, true),
    REOPEN(Set.of(RemediationStatus.DONE, RemediationStatus.DROPPED), RemediationStatus.IN_PROGRESS, false),
    DROP(Set.of(RemediationStatus.OPEN, RemediationStatus.IN_PROGRESS), RemediationStatus.DROPPED, false),
    NOTE(Set.of(RemediationStatus.values()), null, true);

    private final Set<RemediationStatus> from;
    private final RemediationStatus to;
    private final boolean byOwner;

    RemediationAction(Set<RemediationStatus> from, RemediationStatus to, boolean byOwner) {
        this.from = from;
        this.to = to;
        this.byOwner = byOwner;
    }

    boolean takenFrom(RemediationStatus status) {
        return from.contains(status);
    }

    /** The status after the step from {@code status}: the same for a note. */
    RemediationStatus after(RemediationStatus status) {
        return to == null ? status : to;
    }

    boolean byOwner() {
        return byOwner;
    }

    /** A reopening and a drop give their reason; a note is its text. */
    boolean needsNote() {
        return this == REOPEN || this == DROP || this == NOTE;
    }
}
