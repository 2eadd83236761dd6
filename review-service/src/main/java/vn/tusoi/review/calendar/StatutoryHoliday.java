package vn.tusoi.review.calendar;

/** The public holidays of the Labour Code 2019 (Bộ luật Lao động, Art. 112), and what else makes a day off. */
public enum StatutoryHoliday {
    /** 1/1 dương lịch. */
    NEW_YEAR,
    /** Five days: by default the last day of the old lunar year and the first four of the new one. */
    LUNAR_NEW_YEAR,
    /** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
    HUNG_KINGS,
    /** 30/4. */
    REUNIFICATION,
    /** 1/5. */
    LABOUR_DAY,
    /** 2/9. */
    NATIONAL_DAY,
    /** The day before or after 2/9. */
    NATIONAL_DAY_ADJACENT,
    /** Nghỉ bù: the next working day after a holiday that fell on a weekly rest day. */
    COMPENSATION,
    /** Entered by the administrator from the year's decision (a moved day, an extra day). */
    DECLARED
}
