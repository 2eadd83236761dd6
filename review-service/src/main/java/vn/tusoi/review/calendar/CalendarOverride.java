package vn.tusoi.review.calendar;

import java.time.LocalDate;

/** The administrator's entry for a day, from the year's decision on holidays: it wins over the computed rules. */
public record CalendarOverride(LocalDate day, Kind kind, String name) {

    public enum Kind {
        /** A day off: a moved Tết day, a nghỉ bù the decision grants, an extra holiday. */
        DAY_OFF,
        /** A day worked: a Saturday worked in exchange (ngày làm bù), or a computed holiday the decision moved. */
        WORKING_DAY
    }
}
