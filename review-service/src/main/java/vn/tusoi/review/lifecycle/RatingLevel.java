package vn.tusoi.review.lifecycle;

/** The four levels of QĐ 366-QĐ/TW, from the highest. */
public enum RatingLevel {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    XUAT_SAC,
    /** Hoàn thành tốt nhiệm vụ. */
    TOT,
    /** Hoàn thành nhiệm vụ. */
    HOAN_THANH,
    /** Không hoàn thành nhiệm vụ. */
    KHONG_HOAN_THANH
}
