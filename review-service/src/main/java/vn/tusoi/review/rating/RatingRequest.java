package vn.tusoi.review.rating;

import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.tusoi.review.lifecycle.RatingLevel;

/**
 * A step's rating: points per criterion of the template's scorecard, the task counts, the conditions and the level.
 *
 * @param tasksLate   of the tasks done, those done late
 * @param tasksBeyond of the tasks done, those done beyond the target
 */
public record RatingRequest(
        @NotNull @Size(max = 30) Map<@NotBlank String, @NotNull @Min(0) @Max(70) Integer> points,
        @Min(0) @Max(10000) int tasksTotal,
        @Min(0) @Max(10000) int tasksDone,
        @Min(0) @Max(10000) int tasksLate,
        @Min(0) @Max(10000) int tasksBeyond,
        boolean disciplinedSubordinate,
        boolean disqualified,
        @NotNull RatingLevel level,
        @Size(max = 2000) String note) {
}
