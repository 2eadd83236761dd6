package vn.tusoi.review.lifecycle;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One line of a scorecard, versioned with its template: the common criteria share 30 points, the task results 70.
 *
 * @param part      {@code COMMON} or {@code TASKS}
 * @param maxPoints the most this line can give
 */
public record Criterion(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code,
        @NotNull Part part,
        @NotBlank @Size(max = 500) String title,
        @Min(1) @Max(70) int maxPoints) {

    public enum Part {
        COMMON(30), TASKS(70);

        private final int points;

        Part(int points) {
            this.points = points;
        }

        /** What the lines of this part add up to. */
        public int points() {
            return points;
        }
    }
}
