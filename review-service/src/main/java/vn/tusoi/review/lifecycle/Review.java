package vn.tusoi.review.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;


/**
 * One review (a member's self-review or a collective's report) as the caller stands to it: its status, whether it
 * is a collective's, the caller's roles and whether its campaign is open. Each step checks, in this order, the
 * caller's role ({@link ReviewAction}), the campaign's window, the status ({@link Transitions}) and the step's own
 * rules, and returns a refusal or the status and the events the step makes; it changes nothing itself.
 */
public final class Review {

    private final ReviewStatus status;
    private final boolean collective;
    private final Set<Role> roles;
    private final boolean campaignOpen;
    private final String campaignTitle;
    private final String placeName;

    public Review(ReviewStatus status, boolean collective, Set<Role> roles, boolean campaignOpen,
            String campaignTitle, String placeName) {
        this.status = status;
        this.collective = collective;
        this.roles = Set.copyOf(roles);
        this.campaignOpen = campaignOpen;
        this.campaignTitle = campaignTitle;
        this.placeName = placeName;
    }

    public ReviewStatus status() {
        return status;
    }

    public boolean isCollective() {
        return collective;
    }

    public boolean is(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the caller may see the review at all: its writer, the unit's leadership, a superior and a system
     * administrator; the unit's members once a collective draft has been circulated to them.
     */
    public boolean isVisible() {
        if (is(Role.AUTHOR) || is(Role.LEADER) || is(Role.SUPERIOR) || is(Role.ADMIN)) {
            return true;
        }
        return collective && is(Role.UNIT_MEMBER) && status != ReviewStatus.NOT_STARTED
                && status != ReviewStatus.DRAFT;
    }

    /** Whether the caller may change the text now. */
    public boolean isEditable() {
        return permits(ReviewAction.SAVE_DRAFT);
    }

    /**
     * Whether the caller may see the proposal and the decision: superiors and administrators at once, and the
     * unit's committee for its members' reviews (it proposes them); the person concerned (the writer, or the
     * committee and the members for a collective's report) only once the result is published.
     */
    public boolean seesDecision() {
        return is(Role.SUPERIOR) || is(Role.ADMIN) || (!collective && is(Role.LEADER))
                || status == ReviewStatus.PUBLISHED;
    }

    /** Whether the caller could take the step now (for the screens). */
    public boolean permits(ReviewAction action) {
        return gate(action).isEmpty();
    }

    public Outcome saveDraft() {
        return step(ReviewAction.SAVE_DRAFT, null, Optional.empty());
    }

    public Outcome circulate(LocalDate plannedMeetingOn, LocalDate today) {
        Optional<Refusal> gate = gate(ReviewAction.CIRCULATE, collective ? Optional.empty()
                : Optional.of(Refusal.invalid("report.circulate.collective-only")));
        if (gate.isPresent()) {
            return new Outcome.Refused(gate.get());
        }
        return step(ReviewAction.CIRCULATE, "plannedMeetingOn=" + plannedMeetingOn,
                plannedMeetingOn.isBefore(today)
                        ? Optional.of(Refusal.invalid("report.circulate.meeting-past", plannedMeetingOn))
                        : Optional.empty());
    }

    public Outcome comment() {
        return step(ReviewAction.COMMENT, null, Optional.empty());
    }

    /** Submits (or resubmits after a return) once every suggestion has been answered. */
    public Outcome submit(long unansweredSuggestions) {
        Optional<Refusal> gate = gate(ReviewAction.SUBMIT, status == ReviewStatus.NOT_STARTED
                ? Optional.of(Refusal.conflict("report.submit.empty")) : Optional.empty());
        if (gate.isPresent()) {
            return new Outcome.Refused(gate.get());
        }
        return step(ReviewAction.SUBMIT, null, unansweredSuggestions > 0
                ? Optional.of(Refusal.invalid("report.submit.unanswered", unansweredSuggestions))
                : Optional.empty());
    }

    public Outcome returnForRevision(String reasons) {
        return step(ReviewAction.RETURN, reasons.strip(), Optional.empty());
    }

    /**
     * Records the meeting: not a day in the future, and for a member's review in the order of discussion.
     *
     * @param agenda what the unit has left to discuss; empty for a collective report
     */
    public Outcome recordMeeting(LocalDate heldOn, LocalDate today, Optional<DiscussionOrder.Agenda> agenda,
            String conclusion) {
        Optional<Refusal> rule = heldOn.isAfter(today)
                ? Optional.of(Refusal.invalid("report.meeting.future", heldOn))
                : agenda.flatMap(DiscussionOrder::check);
        return step(ReviewAction.RECORD_MEETING, conclusion.strip(), rule);
    }

    /** The writer's own level, after the meeting and until it is proposed. */
    public Outcome selfRate(Rating rating) {
        return step(ReviewAction.SELF_RATE, rating.detail(), rating.refusal());
    }

    /** The unit's committee (for a member) or the organization body above (for a collective) proposes a level. */
    public Outcome propose(Rating rating) {
        return step(ReviewAction.PROPOSE, rating.detail(), rating.refusal());
    }

    /** The superior decides, within the quota of the group the review is counted in. */
    public Outcome decide(Rating rating, ExcellenceQuota quota) {
        return step(ReviewAction.DECIDE, rating.detail(), rating.refusal().or(() -> quota.admits(rating.level())));
    }

    /** The superior reopens a decision, with a reason, to decide again. */
    public Outcome reopen(String reason) {
        return step(ReviewAction.REOPEN, reason.strip(), reason.isBlank()
                ? Optional.of(Refusal.invalid("rating.reopen.reason")) : Optional.empty());
    }

    /** The result reaches the person concerned. */
    public Outcome publish() {
        return step(ReviewAction.PUBLISH, null, Optional.empty());
    }

    private Outcome step(ReviewAction action, String detail, Optional<Refusal> rule) {
        Optional<Refusal> refusal = gate(action).or(() -> rule);
        if (refusal.isPresent()) {
            return new Outcome.Refused(refusal.get());
        }
        Transitions.Row row = Transitions.find(action, status).orElseThrow();
        List<Outcome.ReviewStepped> events = row.recorded() == null ? List.of()
                : List.of(new Outcome.ReviewStepped(row.recorded(), status, row.to(), detail));
        return new Outcome.Accepted(row.to(), events);
    }

    private Optional<Refusal> gate(ReviewAction action) {
        return gate(action, Optional.empty());
    }

    /** Role, window, then the step's own precondition, then the status. */
    private Optional<Refusal> gate(ReviewAction action, Optional<Refusal> precondition) {
        if (!action.who().admits(collective, roles)) {
            String key = action.forbiddenKey() != null ? action.forbiddenKey()
                    : collective ? "report.edit.collective-forbidden" : "report.edit.forbidden";
            return Optional.of(Refusal.forbidden(key, placeName));
        }
        if (!campaignOpen) {
            return Optional.of(Refusal.conflict("report.window.closed", campaignTitle));
        }
        if (precondition.isPresent()) {
            return precondition;
        }
        if (Transitions.find(action, status).isEmpty()) {
            return Optional.of(Refusal.conflict(action.wrongStatusKey(), status));
        }
        return Optional.empty();
    }
}
