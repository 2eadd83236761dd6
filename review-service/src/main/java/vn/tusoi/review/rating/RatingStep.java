package vn.tusoi.review.rating;

/** The three steps of a rating (HD 43): the writer's own, the proposal, the superior's decision. */
public enum RatingStep {
    SELF, PROPOSAL, DECISION
}
