package vn.tusoi.review.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * The Vietnamese lunisolar calendar, computed for UTC+7 (Hồ Ngọc Đức's method: new moons and the sun's
 * longitude after Jean Meeus, "Astronomical Algorithms"). Months start on the day of the new moon in Vietnam;
 * the 11th month holds the winter solstice; in a year of 13 months the leap month is the first without a major
 * solar term. Computed for UTC+7 it gives Vietnam's dates where they differ from China's (UTC+8): Tết 1985 on
 * 21/01, Tết 2007 on 17/02.
 */
public final class VietnameseLunarCalendar {

    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    private static final double DR = Math.PI / 180;

    private VietnameseLunarCalendar() {
    }

    /** Tết Nguyên đán: the first day of the lunar year that begins in solar year {@code year}. */
    public static LocalDate newYear(int year) {
        return toSolar(1, 1, year);
    }

    /**
     * The solar day of lunar day {@code day} of the (non-leap) lunar month {@code month} of lunar year
     * {@code year} (the lunar year that begins in that solar year).
     */
    public static LocalDate toSolar(int day, int month, int year) {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no such lunar day: " + day + "/" + month);
        }
        long a11;
        long b11;
        if (month < 11) {
            a11 = lunarMonth11(year - 1);
            b11 = lunarMonth11(year);
        } else {
            a11 = lunarMonth11(year);
            b11 = lunarMonth11(year + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / SYNODIC_MONTH);
        int offset = month - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (offset >= leapOffset) {
                offset += 1;
            }
        }
        long monthStart = newMoonDay(k + offset);
        return fromJulianDay(monthStart + day - 1);
    }

    /** The day (Julian day number) the k-th new moon after 1 January 1900 falls on in Vietnam. */
    static long newMoonDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(DR * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(DR * (m - mpr)) + 0.0004 * Math.sin(DR * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(DR * (2 * f - m)) - 0.0006 * Math.sin(DR * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(DR * (2 * f - mpr)) + 0.0005 * Math.sin(DR * (2 * mpr + m));
        double deltaT;
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        double jdNew = jd1 + c1 - deltaT;
        return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's longitude at the start of a day in Vietnam, as one of 12 sectors of 30° (0 = spring equinox). */
    static int sunLongitudeSector(long julianDay) {
        double t = (julianDay - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) + 0.000290 * Math.sin(DR * 3 * m);
        double l = (l0 + dl) * DR;
        l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
        return (int) Math.floor(l / Math.PI * 6);
    }

    /** The first day of the 11th lunar month (the one with the winter solstice) that starts in solar year {@code year}. */
    private static long lunarMonth11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunLongitudeSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Months after the 11th month at which the leap month stands (the first month with no major solar term). */
    private static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - 2415021.076998695) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    private static long julianDay(LocalDate day) {
        return day.getLong(JulianFields.JULIAN_DAY);
    }

    private static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.MIN.with(JulianFields.JULIAN_DAY, julianDay);
    }
}
