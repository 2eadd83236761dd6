package vn.tusoi.review.report;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The meeting that discussed a report: when, who attended, the minutes and the conclusion. */
public record MeetingRequest(
        @NotNull LocalDate heldOn,
        @NotNull @Min(0) Integer present,
        @NotNull @Min(0) Integer absent,
        @NotBlank @Size(max = 60_000) String minutes,
        @NotBlank @Size(max = 8000) String conclusion) {
}
