package vn.tusoi.org.unit;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

public record MoveUnitRequest(@NotNull UUID parentId) {
}
