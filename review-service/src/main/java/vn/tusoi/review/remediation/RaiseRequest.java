package vn.tusoi.review.remediation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A weakness of a decided review to remedy, and by when. */
public record RaiseRequest(@NotBlank @Size(max = 2000) String what, @NotNull LocalDate due) {
}
