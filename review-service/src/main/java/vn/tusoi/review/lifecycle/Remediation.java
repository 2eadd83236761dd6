package vn.tusoi.review.lifecycle;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The remediation ("tự sửa") of one weakness found in a decided review (QĐ 366-QĐ/TW, HD 43-HD/BTCTW: each
 * shortcoming gets a measure, a deadline and someone answerable, and is followed up until remedied). Who may do
 * what follows from how the caller stands to the review it came from. Like {@link Review}, it decides and changes
 * nothing itself.
 */
public final class Remediation {

    /** An accepted step: the status it leads to. */
    public record Step(RemediationAction action, RemediationStatus from, RemediationStatus to) {
    }

    /** Refused with a reason, or accepted. */
    public record Result(Optional<Refusal> refusal, Step step) {

        public Step orElseThrow(java.util.function.Function<Refusal, ? extends RuntimeException> problem) {
            if (refusal.isPresent()) {
                throw problem.apply(refusal.get());
            }
            return step;
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.of(refusal), null);
        }
    }

    private final RemediationStatus status;
    private final Review source;

    public Remediation(RemediationStatus status, Review source) {
        this.status = status;
        this.source = source;
    }

    /**
     * Whether the caller may raise an item from the review: those who follow it up, once the review is decided,
     * with a deadline not in the past.
     */
    public static Optional<Refusal> mayRaise(Review source, LocalDate due, LocalDate today) {
        if (!follows(source)) {
            return Optional.of(Refusal.forbidden("remediation.raise.forbidden"));
        }
        if (!source.status().isDecided()) {
            return Optional.of(Refusal.conflict("remediation.raise.not-decided"));
        }
        if (due.isBefore(today)) {
            return Optional.of(Refusal.invalid("remediation.due.past", due, today));
        }
        return Optional.empty();
    }

    /** Whether the caller may see the item: whoever may see the review, but a unit's ordinary members. */
    public static boolean isVisible(Review source) {
        return owns(source) || follows(source) || source.is(Role.ADMIN);
    }

    /** Whether the caller could take the step now (for the screens); the texts it needs come with the step. */
    public boolean permits(RemediationAction action) {
        return gate(action).isEmpty();
    }

    /** A step with its evidence (needed to complete) and its note (needed to reopen, to drop, and for a note). */
    public Result take(RemediationAction action, String evidence, String note) {
        Optional<Refusal> refusal = gate(action);
        if (refusal.isEmpty() && action == RemediationAction.COMPLETE && blank(evidence)) {
            refusal = Optional.of(Refusal.invalid("remediation.evidence.required"));
        }
        if (refusal.isEmpty() && action.needsNote() && blank(note)) {
            refusal = Optional.of(Refusal.invalid("remediation.note.required"));
        }
        return refusal.map(Result::refused)
                .orElseGet(() -> new Result(Optional.empty(), new Step(action, status, action.after(status))));
    }

    /** Past its deadline and not remedied. */
    public static boolean isOverdue(RemediationStatus status, LocalDate due, LocalDate today) {
        return status.isPending() && due.isBefore(today);
    }

    /** The caller's role first, then the status. */
    private Optional<Refusal> gate(RemediationAction action) {
        if (!(follows(source) || (owns(source) && action.byOwner()))) {
            return Optional.of(Refusal.forbidden("remediation.step.forbidden"));
        }
        if (!action.takenFrom(status)) {
            return Optional.of(Refusal.conflict("remediation.step.wrong-status"));
        }
        return Optional.empty();
    }

    /** The member for their own review; the unit's committee for the collective's. */
    private static boolean owns(Review source) {
        return source.isCollective() ? source.is(Role.LEADER) : source.is(Role.AUTHOR);
    }

    /** The unit's committee follows its members' items; the superior follows both. */
    private static boolean follows(Review source) {
        return source.is(Role.SUPERIOR) || (!source.isCollective() && source.is(Role.LEADER));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
