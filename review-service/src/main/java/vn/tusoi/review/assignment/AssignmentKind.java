package vn.tusoi.review.assignment;

/** A collective report (Mẫu 01), an individual review (2A/2B/2C) or a member's yearly commitment. */
public enum AssignmentKind {
    COLLECTIVE, INDIVIDUAL, COMMITMENT
}
