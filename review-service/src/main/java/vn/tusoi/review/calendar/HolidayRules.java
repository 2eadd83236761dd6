package vn.tusoi.review.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days off of a year by the Labour Code 2019, Art. 112, computed for any year:
 * <ul>
 * <li>Tết Dương lịch 1/1; Ngày Chiến thắng 30/4; Quốc tế Lao động 1/5;</li>
 * <li>Quốc khánh 2/9 and one day next to it: the day before, or the Friday after when 2/9 is a Thursday (the
 * choice of the yearly decisions since 2021, which join the days off to a weekend);</li>
 * <li>Tết Nguyên đán, five days: the last day of the old lunar year and the first four of the new one;</li>
 * <li>Giỗ Tổ Hùng Vương, 10/3 âm lịch;</li>
 * <li>nghỉ bù (Art. 112(3)): a holiday that falls on a Saturday or Sunday gives the next working day off.</li>
 * </ul>
 * The Prime Minister's yearly decision may move days (Tết often starts earlier, a Saturday is worked in exchange):
 * those are the administrator's entries, applied over these rules by {@link WorkingCalendar}.
 */
public final class HolidayRules {

    private HolidayRules() {
    }

    /** One holiday day of the law, or a compensatory day for one. */
    public record Rest(LocalDate day, StatutoryHoliday kind, LocalDate compensatesFor) {
    }

    /** Every day off the law gives in {@code year}, in order, compensatory days included. */
    public static List<Rest> of(int year) {
        Map<LocalDate, StatutoryHoliday> holidays = new LinkedHashMap<>();
        List<Rest> lost = new ArrayList<>();
        List<Rest> named = new ArrayList<>();
        named.add(new Rest(LocalDate.of(year, Month.JANUARY, 1), StatutoryHoliday.NEW_YEAR, null));
        LocalDate tet = VietnameseLunarCalendar.newYear(year);
        for (int day = -1; day <= 3; day++) {
            named.add(new Rest(tet.plusDays(day), StatutoryHoliday.LUNAR_NEW_YEAR, null));
        }
        named.add(new Rest(VietnameseLunarCalendar.toSolar(10, 3, year), StatutoryHoliday.HUNG_KINGS, null));
        named.add(new Rest(LocalDate.of(year, Month.APRIL, 30), StatutoryHoliday.REUNIFICATION, null));
        named.add(new Rest(LocalDate.of(year, Month.MAY, 1), StatutoryHoliday.LABOUR_DAY, null));
        LocalDate nationalDay = LocalDate.of(year, Month.SEPTEMBER, 2);
        named.add(new Rest(nationalDay, StatutoryHoliday.NATIONAL_DAY, null));
        named.add(new Rest(nationalDay.getDayOfWeek() == DayOfWeek.THURSDAY ? nationalDay.plusDays(1)
                : nationalDay.minusDays(1), StatutoryHoliday.NATIONAL_DAY_ADJACENT, null));
        named.sort(Comparator.comparing(Rest::day));
        List<Rest> days = new ArrayList<>();
        for (Rest rest : named) {
            boolean free = holidays.putIfAbsent(rest.day(), rest.kind()) == null;
            if (free) {
                days.add(rest);
            }
            if (!free || isWeekend(rest.day())) {
                lost.add(rest);
            }
        }
        for (Rest rest : lost) {
            LocalDate next = rest.day().plusDays(1);
            while (isWeekend(next) || holidays.containsKey(next)) {
                next = next.plusDays(1);
            }
            holidays.put(next, StatutoryHoliday.COMPENSATION);
            days.add(new Rest(next, StatutoryHoliday.COMPENSATION, rest.day()));
        }
        days.sort(Comparator.comparing(Rest::day));
        return List.copyOf(days);
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
