package vn.tusoi.review.template;

/** Who writes on a template: a collective (Mẫu 01), a member (2A, 2B, 2C), or a member's yearly commitment. */
public enum TemplateSubject {
    COLLECTIVE, INDIVIDUAL, COMMITMENT
}
