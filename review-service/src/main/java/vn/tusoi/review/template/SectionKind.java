package vn.tusoi.review.template;

/**
 * What a section holds: free text, the answers to the superior's suggestions, the responsibility of the collective
 * and its members, or the self-rating. The workflow relies on the last three being there at most once.
 */
public enum SectionKind {
    NARRATIVE, SUGGESTION_ANSWERS, RESPONSIBILITY, SELF_RATING
}
