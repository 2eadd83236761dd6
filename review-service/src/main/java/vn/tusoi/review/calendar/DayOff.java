package vn.tusoi.review.calendar;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A day off besides a weekend: a holiday of the Labour Code, a compensatory day, or one the administrator declared;
 * {@code name} is in the reader's language ({@code compensatesFor} names the holiday a compensatory day makes up).
 */
public record DayOff(LocalDate day, StatutoryHoliday kind, String name,
        @Schema(nullable = true) LocalDate compensatesFor) {
}
