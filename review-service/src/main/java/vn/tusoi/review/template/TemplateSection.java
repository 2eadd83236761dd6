package vn.tusoi.review.template;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A section of a template version: a short code the reports refer to, its heading and guidance. */
public record TemplateSection(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,31}") String code,
        @NotNull SectionKind kind,
        @NotBlank @Size(max = 500) String heading,
        @NotNull @Size(max = 4000) String guidance) {
}
