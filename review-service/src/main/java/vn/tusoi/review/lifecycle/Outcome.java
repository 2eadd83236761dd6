package vn.tusoi.review.lifecycle;

import java.util.List;
import java.util.function.Function;


/** What a step on a review comes to: refused with a reason, or accepted with the status and the events it makes. */
public sealed interface Outcome {

    /** The accepted step, or the refusal turned into the caller's exception. */
    default Accepted orElseThrow(Function<Refusal, ? extends RuntimeException> problem) {
        if (this instanceof Refused refused) {
            throw problem.apply(refused.refusal());
        }
        return (Accepted) this;
    }

    record Refused(Refusal refusal) implements Outcome {
    }

    /**
     * @param to     the status after the step
     * @param events what happened, to audit and publish; empty when nothing changes but the text (a later save)
     */
    record Accepted(ReviewStatus to, List<ReviewStepped> events) implements Outcome {
    }

    /**
     * One step to record: the action the audit and the {@code ReviewTransitioned} event carry, the statuses on
     * each side and the reasons or facts that go with it.
     */
    record ReviewStepped(String action, ReviewStatus from, ReviewStatus to, String detail) {
    }
}
