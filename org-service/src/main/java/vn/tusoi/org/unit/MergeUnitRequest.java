package vn.tusoi.org.unit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

public record MergeUnitRequest(@NotNull UUID intoUnitId, @NotNull @PastOrPresent LocalDate mergedOn) {
}
