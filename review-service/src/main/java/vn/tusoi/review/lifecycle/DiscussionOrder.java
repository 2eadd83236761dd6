package vn.tusoi.review.lifecycle;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order of discussion in a unit (QĐ 366): the collective's report before any member's review; the head's
 * (bí thư) before the deputies' (phó bí thư), theirs before the other members'.
 */
public final class DiscussionOrder {

    /** Where a member stands in the unit on the day of the meeting, from the highest. */
    public enum Rank { HEAD, DEPUTY, MEMBER }

    /** A member's review in the same place that has not been discussed yet. */
    public record Pending(String memberName, Rank rank) {
    }

    /**
     * What the unit has left to discuss, as seen from one member's review.
     *
     * @param collectivePending the unit's collective report has not been discussed yet
     * @param rank              the rank of the member whose review is about to be discussed
     * @param others            the other members' reviews in the place not discussed yet
     */
    public record Agenda(String placeName, boolean collectivePending, Rank rank, List<Pending> others) {
    }

    private DiscussionOrder() {
    }

    /** Why this member's review cannot be discussed yet; empty when its turn has come. */
    public static Optional<Refusal> check(Agenda agenda) {
        if (agenda.collectivePending()) {
            return Optional.of(Refusal.conflict("report.order.collective-first", agenda.placeName()));
        }
        return agenda.others().stream().filter(other -> other.rank().compareTo(agenda.rank()) < 0)
                .min(Comparator.comparing(Pending::rank))
                .map(first -> Refusal.conflict(agenda.rank() == Rank.DEPUTY ? "report.order.head-first"
                        : "report.order.leaders-first", first.memberName(), agenda.placeName()));
    }
}
