package vn.tusoi.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import vn.tusoi.platform.test.TestClock;
import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.review.calendar.HolidayRules;

/**
 * The days review tests write, all derived from the test clock's "today" ({@link TestClock#today()}) and the
 * calendar of the Labour Code (tests declare no days of their own around today).
 */
public final class TestDays {

    public static final LocalDate TODAY = TestClock.today();

    /** When the events a test feeds the replicas were published. */
    public static final Instant NOW = TestClock.startInstant();

    /** Appointed to a position well before today. */
    public static final LocalDate APPOINTED = TODAY.minusYears(1);

    /** Due dates of the test campaigns: chi bộ (level 2), then the xã (level 1). */
    public static final LocalDate CELL_DUE = workingDaysAfterToday(5);
    public static final LocalDate COMMUNE_DUE = workingDaysAfterToday(10);

    private TestDays() {
    }

    /** The day {@code days} working days after today. */
    public static LocalDate workingDaysAfterToday(int days) {
        return workingDaysAfter(TODAY, days);
    }

    public static LocalDate workingDaysAfter(LocalDate from, int days) {
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The first day after {@code from} that is not a working day (a weekend or a holiday). */
    public static LocalDate dayOffAfter(LocalDate from) {
        LocalDate day = from.plusDays(1);
        while (isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek().getValue() <= 5 && !holidays(day.getYear()).contains(day);
    }

    /** The year under review: the one today is in. */
    public static LocalDate periodStart() {
        return LocalDate.of(TODAY.getYear(), 1, 1);
    }

    public static LocalDate periodEnd() {
        return LocalDate.of(TODAY.getYear(), 12, 31);
    }

    /** dd/MM/yyyy, as messages write a day. */
    public static String vn(LocalDate day) {
        return VietnameseDates.DAY.format(day);
    }

    private static Set<LocalDate> holidays(int year) {
        Set<LocalDate> days = new HashSet<>();
        HolidayRules.of(year).forEach(rest -> days.add(rest.day()));
        return days;
    }
}
