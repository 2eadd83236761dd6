package vn.tusoi.org.position;

/** Titles a member can hold in a unit. */
public enum PositionTitle {
    /** Bí thư */
    BI_THU(true),
    /** Phó bí thư */
    PHO_BI_THU(true),
    /** Ủy viên ban thường vụ */
    THUONG_VU(true),
    /** Cấp ủy viên */
    CAP_UY_VIEN(true),
    /** Staff of the committee's organization body (ban tổ chức), acting over the committee's subtree. */
    ORG_BODY(false),
    /** Organization administrator (IT of the committee office): maintains the subtree's data. */
    ORG_ADMIN(false);

    private final boolean leadership;

    PositionTitle(boolean leadership) {
        this.leadership = leadership;
    }

    public boolean isLeadership() {
        return leadership;
    }
}
