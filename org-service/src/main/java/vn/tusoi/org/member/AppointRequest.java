package vn.tusoi.org.member;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import vn.tusoi.org.position.PositionTitle;

public record AppointRequest(@NotNull UUID unitId, @NotNull PositionTitle title, @NotNull LocalDate validFrom) {
}
