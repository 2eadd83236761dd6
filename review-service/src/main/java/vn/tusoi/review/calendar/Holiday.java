package vn.tusoi.review.calendar;

import java.time.LocalDate;

/** A day off that is not a weekend. */
public record Holiday(LocalDate day, String name) {
}
