package vn.tusoi.review.template;

/** A template with its newest version number. */
public record TemplateSummary(String code, TemplateSubject subject, String name, int latestVersion) {
}
