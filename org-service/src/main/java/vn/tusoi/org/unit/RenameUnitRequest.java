package vn.tusoi.org.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RenameUnitRequest(@NotBlank @Size(max = 255) String name) {
}
