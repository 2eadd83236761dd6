package vn.tusoi.review.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scorecard as one step of the rating fills it: points per criterion and the facts the levels depend on.
 *
 * @param points                 points given per criterion code
 * @param tasksTotal             the targets and tasks of the year (chỉ tiêu, nhiệm vụ)
 * @param tasksDone              of them, done
 * @param tasksLate              of the done ones, done late
 * @param tasksBeyond            of the done ones, done beyond the target
 * @param disciplinedSubordinate a subordinate unit or a member of the leadership was disciplined in the year
 * @param disqualified           a condition that rules out any level above "không hoàn thành" (e.g. the writer was
 *                               disciplined, or the unit's organization was rated weak)
 */
public record Scorecard(Map<String, Integer> points, int tasksTotal, int tasksDone, int tasksLate,
        int tasksBeyond, boolean disciplinedSubordinate, boolean disqualified) {

    /** The 100-point score. */
    public int score() {
        return points.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every criterion scored once, within its maximum, and the task counts consistent with each other. */
    public Optional<Refusal> checkAgainst(List<Criterion> criteria) {
        for (String code : points.keySet()) {
            if (criteria.stream().noneMatch(criterion -> criterion.code().equals(code))) {
                return Optional.of(Refusal.invalid("rating.criterion.unknown", code));
            }
        }
        for (Criterion criterion : criteria) {
            Integer given = points.get(criterion.code());
            if (given == null) {
                return Optional.of(Refusal.invalid("rating.criterion.missing", criterion.title()));
            }
            if (given < 0 || given > criterion.maxPoints()) {
                return Optional.of(Refusal.invalid("rating.criterion.out-of-range", criterion.title(), given,
                        criterion.maxPoints()));
            }
        }
        if (tasksTotal < 0 || tasksDone < 0 || tasksLate < 0 || tasksBeyond < 0 || tasksDone > tasksTotal
                || tasksLate > tasksDone || tasksBeyond > tasksDone) {
            return Optional.of(Refusal.invalid("rating.tasks.inconsistent", tasksTotal, tasksDone, tasksLate,
                    tasksBeyond));
        }
        return Optional.empty();
    }
}
