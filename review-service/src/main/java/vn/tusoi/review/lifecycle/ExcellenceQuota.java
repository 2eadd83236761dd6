package vn.tusoi.review.lifecycle;

import java.util.Optional;

/**
 * The quota (QĐ 366-QĐ/TW, HD 43): within one grassroots organization (for members) or under one superior (for
 * collectives), those decided "hoàn thành xuất sắc" may not exceed the campaign's percentage of those decided
 * "hoàn thành tốt" (rounded down).
 *
 * @param groupName the organization the quota is counted in, for the message
 * @param excellent decided "xuất sắc" in the group now, the review being decided not counted
 * @param good      decided "tốt" in the group now, the review being decided not counted
 */
public record ExcellenceQuota(int percent, String groupName, int excellent, int good) {

    /** A quota nothing breaks: to check a decision's other rules before the group's counts are locked. */
    public static ExcellenceQuota unlimited() {
        return new ExcellenceQuota(100, "", 0, Integer.MAX_VALUE);
    }

    /** The most "xuất sắc" the group may have with this many "tốt". */
    public static int most(int percent, int good) {
        return (int) ((long) percent * good / 100);
    }

    /**
     * Why deciding this level would break the quota; empty when it does not. A "tốt" never does: it only raises
     * the ceiling.
     */
    public Optional<Refusal> admits(RatingLevel level) {
        if (level == RatingLevel.TOT) {
            return Optional.empty();
        }
        int excellentAfter = excellent + (level == RatingLevel.XUAT_SAC ? 1 : 0);
        int most = most(percent, good);
        if (excellentAfter <= most) {
            return Optional.empty();
        }
        return Optional.of(Refusal.conflict("rating.quota.exceeded", groupName, excellent, good, most, percent));
    }
}
