package vn.tusoi.review.lifecycle;

import java.util.Set;

/**
 * The steps one can take on a review, who may take each, and the messages of a refusal: one for a caller in the
 * wrong role, one for a review in a status the step does not start from.
 */
public enum ReviewAction {
    SAVE_DRAFT(Who.WRITER, null, "report.locked"),
    CIRCULATE(Who.WRITER, null, "report.circulate.not-draft"),
    COMMENT(Who.UNIT_READER, "report.comment.forbidden", "report.comment.not-circulated"),
    SUBMIT(Who.WRITER, null, "report.locked"),
    RETURN(Who.RETURNER, "report.return.forbidden", "report.return.not-submitted"),
    RECORD_MEETING(Who.LEADERSHIP, "report.meeting.forbidden", "report.meeting.not-submitted"),
    SELF_RATE(Who.WRITER, null, "rating.self.wrong-status"),
    PROPOSE(Who.PROPOSER, "rating.propose.forbidden", "rating.propose.wrong-status"),
    DECIDE(Who.DECIDER, "rating.decide.forbidden", "rating.decide.wrong-status"),
    REOPEN(Who.DECIDER, "rating.reopen.forbidden", "rating.reopen.wrong-status"),
    PUBLISH(Who.DECIDER, "rating.publish.forbidden", "rating.publish.wrong-status");

    /**
     * The roles that may take a step, for a collective report and for an individual review. A null forbidden
     * message means the writer's own message ("only the writer..." or "only the committee of ...").
     */
    enum Who {
        /** The author of an individual review; the unit's committee for a collective report. */
        WRITER(Set.of(Role.LEADER), Set.of(Role.AUTHOR)),
        /** Members and the committee of the unit read and comment on a circulated collective draft. */
        UNIT_READER(Set.of(Role.UNIT_MEMBER, Role.LEADER), Set.of()),
        /** A superior returns any report; the unit's committee also returns a member's review. */
        RETURNER(Set.of(Role.SUPERIOR), Set.of(Role.SUPERIOR, Role.LEADER)),
        /** The unit's committee runs the meeting. */
        LEADERSHIP(Set.of(Role.LEADER), Set.of(Role.LEADER)),
        /**
         * HD 43: the unit's committee proposes its members' levels; the organization body above (a superior)
         * proposes the collective's.
         */
        PROPOSER(Set.of(Role.SUPERIOR), Set.of(Role.LEADER)),
        /** The competent superior decides, reopens and publishes. */
        DECIDER(Set.of(Role.SUPERIOR), Set.of(Role.SUPERIOR));

        private final Set<Role> forCollective;
        private final Set<Role> forIndividual;

        Who(Set<Role> forCollective, Set<Role> forIndividual) {
            this.forCollective = forCollective;
            this.forIndividual = forIndividual;
        }

        boolean admits(boolean collective, Set<Role> roles) {
            Set<Role> allowed = collective ? forCollective : forIndividual;
            return roles.stream().anyMatch(allowed::contains);
        }
    }

    private final Who who;
    private final String forbiddenKey;
    private final String wrongStatusKey;

    ReviewAction(Who who, String forbiddenKey, String wrongStatusKey) {
        this.who = who;
        this.forbiddenKey = forbiddenKey;
        this.wrongStatusKey = wrongStatusKey;
    }

    Who who() {
        return who;
    }

    String forbiddenKey() {
        return forbiddenKey;
    }

    String wrongStatusKey() {
        return wrongStatusKey;
    }
}
