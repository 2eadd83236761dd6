package vn.tusoi.review.template;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** A new version of a template, e.g. after a new guidance document: the whole list of sections, in order. */
public record NewTemplateVersion(
        @NotBlank @Size(max = 255) String legalBasis,
        @NotEmpty @Size(max = 30) List<@Valid TemplateSection> sections) {
}
