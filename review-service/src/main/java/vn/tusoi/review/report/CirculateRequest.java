package vn.tusoi.review.report;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** Sending the collective draft to the members before the meeting planned on that day. */
public record CirculateRequest(@NotNull LocalDate plannedMeetingOn) {
}
