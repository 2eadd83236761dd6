package vn.tusoi.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The days off of the Labour Code 2019, Art. 112, computed for any year; no Spring, no database. */
class HolidayRulesTest {

    /** Tết Nguyên đán as published in Vietnam's calendar (UTC+7), 1985–2040. */
    static final List<LocalDate> PUBLISHED_TET = Stream.of("""
            1985-01-21 1986-02-09 1987-01-29 1988-02-17 1989-02-06 1990-01-27 1991-02-15 1992-02-04
            1993-01-23 1994-02-10 1995-01-31 1996-02-19 1997-02-07 1998-01-28 1999-02-16 2000-02-05
            2001-01-24 2002-02-12 2003-02-01 2004-01-22 2005-02-09 2006-01-29 2007-02-17 2008-02-07
            2009-01-26 2010-02-14 2011-02-03 2012-01-23 2013-02-10 2014-01-31 2015-02-19 2016-02-08
            2017-01-28 2018-02-16 2019-02-05 2020-01-25 2021-02-12 2022-02-01 2023-01-22 2024-02-10
            2025-01-29 2026-02-17 2027-02-06 2028-01-26 2029-02-13 2030-02-02 2031-01-23 2032-02-11
            2033-01-31 2034-02-19 2035-02-08 2036-01-28 2037-02-15 2038-02-04 2039-01-24 2040-02-12
            """.split("\\s+")).filter(day -> !day.isEmpty()).map(LocalDate::parse).toList();

    @Test
    void tetFallsOnThePublishedDayFrom1985To2040() {
        assertThat(PUBLISHED_TET).hasSize(2040 - 1985 + 1);
        PUBLISHED_TET.forEach(day -> assertThat(VietnameseLunarCalendar.newYear(day.getYear()))
                .as("Tết %d", day.getYear()).isEqualTo(day));
    }

    @Test
    void vietnamsTetDiffersFromChinasWhereTheNewMoonFallsBetweenMidnightInHanoiAndBeijing() {
        assertThat(VietnameseLunarCalendar.newYear(1985)).isEqualTo(LocalDate.of(1985, 1, 21)); // China: 20/02
        assertThat(VietnameseLunarCalendar.newYear(2007)).isEqualTo(LocalDate.of(2007, 2, 17)); // China: 18/02
        assertThat(VietnameseLunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2)); // China: 03/02
    }

    @Test
    void gioToHungVuongIsTheTenthDayOfTheThirdLunarMonth() {
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, 2023)).isEqualTo(LocalDate.of(2023, 4, 29));
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, 2024)).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, 2025)).isEqualTo(LocalDate.of(2025, 4, 7));
        assertThat(VietnameseLunarCalendar.toSolar(10, 3, 2026)).isEqualTo(LocalDate.of(2026, 4, 26));
    }

    @Test
    void tetIsFiveDaysFromTheLastDayOfTheOldLunarYear() {
        assertThat(days(2028, StatutoryHoliday.LUNAR_NEW_YEAR)).containsExactly(
                LocalDate.of(2028, 1, 25), LocalDate.of(2028, 1, 26), LocalDate.of(2028, 1, 27),
                LocalDate.of(2028, 1, 28), LocalDate.of(2028, 1, 29));
    }

    @Test
    void nationalDayTakesTheDayBeforeOrTheFridayAfterAThursday() {
        // as the yearly decisions gave them since the Labour Code 2019 came into force
        assertThat(offAround(2021)).containsExactly("2021-09-02", "2021-09-03"); // Thu: Thu–Fri
        assertThat(offAround(2022)).containsExactly("2022-09-01", "2022-09-02"); // Fri: Thu–Fri
        assertThat(offAround(2023)).containsExactly("2023-09-01", "2023-09-02", "2023-09-04"); // Sat: nghỉ bù Mon
        assertThat(offAround(2024)).containsExactly("2024-09-01", "2024-09-02", "2024-09-03"); // Mon: Sun 1/9 made up on Tue
        assertThat(offAround(2025)).containsExactly("2025-09-01", "2025-09-02"); // Tue: Mon–Tue
    }

    @Test
    void aHolidayOnAWeeklyRestDayGivesTheNextWorkingDayOff() {
        // 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 Monday: off until Wednesday 3/5, as decided that year
        assertThat(HolidayRules.of(2023)).filteredOn(rest -> rest.day().getMonthValue() == 4
                        || rest.day().getMonthValue() == 5)
                .extracting(rest -> rest.day().toString())
                .containsExactly("2023-04-29", "2023-04-30", "2023-05-01", "2023-05-02", "2023-05-03");
        // 1/1/2022 on Saturday: Monday 3/1 off
        assertThat(HolidayRules.of(2022)).anySatisfy(rest -> {
            assertThat(rest.day()).isEqualTo(LocalDate.of(2022, 1, 3));
            assertThat(rest.kind()).isEqualTo(StatutoryHoliday.COMPENSATION);
            assertThat(rest.compensatesFor()).isEqualTo(LocalDate.of(2022, 1, 1));
        });
    }

    @Test
    void everyYearFrom2000To2100HasElevenWeekdaysOffOfTheLaw() {
        for (int year = 2000; year <= 2100; year++) {
            int inYear = year;
            List<HolidayRules.Rest> days = HolidayRules.of(year);
            assertThat(days).as("%d", year).allSatisfy(rest -> assertThat(rest.day().getYear()).isEqualTo(inYear));
            assertThat(days.stream().filter(rest -> !HolidayRules.isWeekend(rest.day())).count())
                    .as("weekdays off in %d", year).isEqualTo(11);
            assertThat(days.stream().map(HolidayRules.Rest::day).collect(Collectors.toSet()))
                    .as("no day twice in %d", year).hasSize(days.size());
            assertThat(days).as("compensation on weekdays in %d", year)
                    .filteredOn(rest -> rest.kind() == StatutoryHoliday.COMPENSATION)
                    .allSatisfy(rest -> assertThat(rest.day().getDayOfWeek())
                            .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        }
    }

    @Test
    void theLunarYearsFrom2000To2100HaveTwelveOrThirteenMonths() {
        for (int year = 2000; year <= 2100; year++) {
            LocalDate tet = VietnameseLunarCalendar.newYear(year);
            assertThat(tet).as("Tết %d", year)
                    .isBetween(LocalDate.of(year, 1, 21), LocalDate.of(year, 2, 20));
            long length = ChronoUnit.DAYS.between(tet, VietnameseLunarCalendar.newYear(year + 1));
            assertThat(length).as("lunar year %d", year).isIn(353L, 354L, 355L, 383L, 384L, 385L);
            assertThat(VietnameseLunarCalendar.toSolar(10, 3, year)).as("Giỗ Tổ %d", year)
                    .isBetween(LocalDate.of(year, 3, 28), LocalDate.of(year, 4, 30));
        }
    }

    private static List<LocalDate> days(int year, StatutoryHoliday kind) {
        return HolidayRules.of(year).stream().filter(rest -> rest.kind() == kind).map(HolidayRules.Rest::day)
                .toList();
    }

    private static List<String> offAround(int year) {
        Set<StatutoryHoliday> around = Set.of(StatutoryHoliday.NATIONAL_DAY, StatutoryHoliday.NATIONAL_DAY_ADJACENT,
                StatutoryHoliday.COMPENSATION);
        return HolidayRules.of(year).stream()
                .filter(rest -> around.contains(rest.kind()) && rest.day().getMonthValue() >= 8)
                .map(rest -> rest.day().toString()).toList();
    }
}
