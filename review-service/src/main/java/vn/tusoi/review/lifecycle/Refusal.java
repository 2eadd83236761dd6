package vn.tusoi.review.lifecycle;

import java.util.List;

/**
 * Why a step on a review is refused: a message key of the service's bundle and its arguments, and what kind of
 * refusal it is. The web layer turns it into a problem detail (403, 409 or 400).
 */
public record Refusal(Kind kind, String messageKey, List<Object> arguments) {

    public enum Kind {
        /** The caller stands to the review, but not in the role this step needs. */
        FORBIDDEN,
        /** The review (or its campaign) is not where this step can be taken. */
        CONFLICT,
        /** What the caller sent breaks a rule. */
        INVALID
    }

    public static Refusal forbidden(String messageKey, Object... arguments) {
        return new Refusal(Kind.FORBIDDEN, messageKey, List.of(arguments));
    }

    public static Refusal conflict(String messageKey, Object... arguments) {
        return new Refusal(Kind.CONFLICT, messageKey, List.of(arguments));
    }

    public static Refusal invalid(String messageKey, Object... arguments) {
        return new Refusal(Kind.INVALID, messageKey, List.of(arguments));
    }
}
