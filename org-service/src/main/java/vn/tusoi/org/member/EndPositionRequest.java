package vn.tusoi.org.member;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

public record EndPositionRequest(@NotNull LocalDate validTo) {
}
