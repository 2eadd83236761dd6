package vn.tusoi.review.lifecycle;

import java.util.Optional;

/**
 * The conditions of each level (QĐ 366-QĐ/TW): a level is given only when its conditions hold, and a higher
 * level's include a lower one's.
 * <ul>
 * <li>xuất sắc: 90 points or more, every task done, at least 30% of them beyond the target, no subordinate unit
 * or member of the leadership disciplined;</li>
 * <li>tốt: 70 points or more, and the conditions of "hoàn thành";</li>
 * <li>hoàn thành: 50 points or more, at most 20% of the tasks late;</li>
 * <li>không hoàn thành: under 50 points, or a disqualifying condition.</li>
 * </ul>
 * A disqualifying condition rules out every level but the last. A lower level than the conditions allow may be
 * given (the quota may require it); "không hoàn thành" only when its own conditions hold.
 */
public final class RatingRules {

    public static final int EXCELLENT_POINTS = 90;
    public static final int GOOD_POINTS = 70;
    public static final int PASS_POINTS = 50;
    public static final int MOST_LATE_PERCENT = 20;
    public static final int LEAST_BEYOND_PERCENT = 30;

    private RatingRules() {
    }

    /** The highest level the scorecard allows. */
    public static RatingLevel earned(Scorecard card) {
        for (RatingLevel level : RatingLevel.values()) {
            if (refusal(level, card).isEmpty()) {
                return level;
            }
        }
        return RatingLevel.KHONG_HOAN_THANH;
    }

    /** Why the level cannot be given with this scorecard; empty when it can. */
    public static Optional<Refusal> refusal(RatingLevel level, Scorecard card) {
        int score = card.score();
        if (level == RatingLevel.KHONG_HOAN_THANH) {
            return score < PASS_POINTS || card.disqualified() ? Optional.empty()
                    : Optional.of(Refusal.invalid("rating.level.not-failing", score, PASS_POINTS));
        }
        if (card.disqualified()) {
            return Optional.of(Refusal.invalid("rating.level.disqualified"));
        }
        if (score < PASS_POINTS) {
            return Optional.of(Refusal.invalid("rating.level.points", score, PASS_POINTS));
        }
        if ((long) card.tasksLate() * 100 > (long) MOST_LATE_PERCENT * card.tasksTotal()) {
            return Optional.of(Refusal.invalid("rating.level.late", card.tasksLate(), card.tasksTotal(),
                    MOST_LATE_PERCENT));
        }
        if (level == RatingLevel.HOAN_THANH) {
            return Optional.empty();
        }
        if (score < GOOD_POINTS) {
            return Optional.of(Refusal.invalid("rating.level.points", score, GOOD_POINTS));
        }
        if (level == RatingLevel.TOT) {
            return Optional.empty();
        }
        if (score < EXCELLENT_POINTS) {
            return Optional.of(Refusal.invalid("rating.level.points", score, EXCELLENT_POINTS));
        }
        if (card.tasksDone() < card.tasksTotal()) {
            return Optional.of(Refusal.invalid("rating.level.not-all-done", card.tasksDone(), card.tasksTotal()));
        }
        if ((long) card.tasksBeyond() * 100 < (long) LEAST_BEYOND_PERCENT * card.tasksTotal()) {
            return Optional.of(Refusal.invalid("rating.level.beyond", card.tasksBeyond(), card.tasksTotal(),
                    LEAST_BEYOND_PERCENT));
        }
        if (card.disciplinedSubordinate()) {
            return Optional.of(Refusal.invalid("rating.level.disciplined-subordinate"));
        }
        return Optional.empty();
    }
}
