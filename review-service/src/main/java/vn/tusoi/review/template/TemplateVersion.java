package vn.tusoi.review.template;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One published version of a template; it never changes once published. */
public record TemplateVersion(UUID id, String templateCode, String name, TemplateSubject subject, int version,
        String legalBasis, Instant publishedAt, List<TemplateSection> sections) {
}
