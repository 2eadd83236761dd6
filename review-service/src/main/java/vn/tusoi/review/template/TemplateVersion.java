package vn.tusoi.review.template;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.tusoi.review.lifecycle.Criterion;

/**
 * One published version of a template; it never changes once published.
 *
 * @param criteria the scorecard of QĐ 366 for this template: common criteria (30 points) and task results (70)
 */
public record TemplateVersion(UUID id, String templateCode, String name, TemplateSubject subject, int version,
        String legalBasis, Instant publishedAt, List<TemplateSection> sections, List<Criterion> criteria) {
}
