package vn.tusoi.review.lifecycle;

import java.util.List;

/**
 * One step's rating: the scorecard filled against the template's criteria and the level given.
 */
public record Rating(List<Criterion> criteria, Scorecard card, RatingLevel level) {

    /** Why this rating cannot be given; empty when the scorecard is complete and the level meets its conditions. */
    java.util.Optional<Refusal> refusal() {
        return card.checkAgainst(criteria).or(() -> RatingRules.refusal(level, card));
    }

    /** What the audit keeps of it. */
    String detail() {
        return "level=" + level + " score=" + card.score();
    }
}
