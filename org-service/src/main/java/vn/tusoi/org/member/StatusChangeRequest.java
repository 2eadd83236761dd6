package vn.tusoi.org.member;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** A member leaves the province's rolls: transferred out, left the Party, or deceased, on a day. */
public record StatusChangeRequest(@NotNull Member.Status status, @NotNull @PastOrPresent LocalDate on) {
}
