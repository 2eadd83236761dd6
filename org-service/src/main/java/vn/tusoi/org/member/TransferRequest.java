package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/** Moves a member's party activities (chuyển sinh hoạt đảng) to another chi bộ. */
public record TransferRequest(@NotNull UUID toUnitId, @NotNull @PastOrPresent LocalDate transferredOn) {
}
