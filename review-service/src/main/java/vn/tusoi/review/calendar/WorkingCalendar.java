package vn.tusoi.review.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.platform.web.ApiException;

/**
 * Working days: Monday to Friday, except public holidays. Deadlines and the "three working days between
 * circulating a draft and the meeting" rule are counted on it.
 */
@Service
public class WorkingCalendar {

    /** Far enough for any campaign; a wider question is a mistake, not a long campaign. */
    private static final int MAX_SPAN_DAYS = 800;

    private final JdbcClient jdbc;

    WorkingCalendar(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && holidays(day, day).isEmpty();
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        requireSpan(from, to);
        Set<LocalDate> off = holidayDays(from.plusDays(1), to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (!isWeekend(day) && !off.contains(day)) {
                count++;
            }
        }
        return count;
    }

    /** The day that is {@code days} working days after {@code from}. */
    @Transactional(readOnly = true)
    public LocalDate addWorkingDays(LocalDate from, int days) {
        if (days < 0 || days > MAX_SPAN_DAYS / 2) {
            throw ApiException.badRequest("calendar.span.too-long", MAX_SPAN_DAYS / 2);
        }
        Set<LocalDate> off = holidayDays(from, from.plusDays(MAX_SPAN_DAYS));
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (!isWeekend(day) && !off.contains(day)) {
                counted++;
            }
        }
        return day;
    }

    @Transactional(readOnly = true)
    public List<Holiday> holidays(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, name from public_holiday where day between ? and ? order by day")
                .params(from, to)
                .query((rs, row) -> new Holiday(rs.getObject(1, LocalDate.class), rs.getString(2)))
                .list();
    }

    @Transactional
    public Holiday setHoliday(LocalDate day, String name) {
        jdbc.sql("insert into public_holiday (day, name) values (?, ?) on duplicate key update name = values(name)")
                .params(day, name.trim()).update();
        return new Holiday(day, name.trim());
    }

    @Transactional
    public void removeHoliday(LocalDate day) {
        if (jdbc.sql("delete from public_holiday where day = ?").param(day).update() == 0) {
            throw ApiException.notFound("calendar.holiday.not-found", VietnameseDates.DAY.format(day));
        }
    }

    private Set<LocalDate> holidayDays(LocalDate from, LocalDate to) {
        Set<LocalDate> days = new HashSet<>();
        holidays(from, to).forEach(holiday -> days.add(holiday.day()));
        return days;
    }

    private static void requireSpan(LocalDate from, LocalDate to) {
        if (from.plusDays(MAX_SPAN_DAYS).isBefore(to)) {
            throw ApiException.badRequest("calendar.span.too-long", MAX_SPAN_DAYS);
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
