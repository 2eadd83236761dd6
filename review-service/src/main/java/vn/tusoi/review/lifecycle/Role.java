package vn.tusoi.review.lifecycle;

/**
 * How a caller stands to one review, from the positions held today: its author (an individual review), the
 * leadership (cấp ủy) of the unit where it is discussed, a superior of that unit (an issuer of a unit above it),
 * a member of that unit (who reads a circulated collective draft), a system administrator (reads only).
 */
public enum Role {
    AUTHOR, LEADER, SUPERIOR, UNIT_MEMBER, ADMIN
}
