package vn.tusoi.review.template;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import vn.tusoi.review.lifecycle.Criterion;

/**
 * A new version of a template, e.g. after a new guidance document: the whole list of sections, in order.
 *
 * @param criteria the scorecard, common criteria adding up to 30 points and task results to 70; when left out,
 *                 the previous version's
 */
public record NewTemplateVersion(
        @NotBlank @Size(max = 255) String legalBasis,
        @NotEmpty @Size(max = 30) List<@Valid TemplateSection> sections,
        @Size(max = 30) List<@Valid Criterion> criteria) {

    public NewTemplateVersion(String legalBasis, List<TemplateSection> sections) {
        this(legalBasis, sections, null);
    }
}
