package vn.tusoi.review.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A day the year's decision changes; {@code kind} is a day off unless it says the day is worked. */
record HolidayRequest(@NotBlank @Size(max = 255) String name, CalendarOverride.Kind kind) {

    CalendarOverride.Kind kindOrDefault() {
        return kind == null ? CalendarOverride.Kind.DAY_OFF : kind;
    }
}
