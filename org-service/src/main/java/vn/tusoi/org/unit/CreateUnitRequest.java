package vn.tusoi.org.unit;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new unit under an existing parent. */
public record CreateUnitRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
        @NotBlank @Size(max = 255) String name,
        @NotBlank @Size(max = 64) String typeCode,
        @NotNull UUID parentId) {
}
