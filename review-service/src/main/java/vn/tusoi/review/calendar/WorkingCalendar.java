package vn.tusoi.review.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tusoi.platform.text.VietnameseDates;
import vn.tusoi.platform.web.ApiException;

/**
 * Working days: Monday to Friday, except the holidays of the Labour Code ({@link HolidayRules}, computed for every
 * year) and with the administrator's entries from the year's decision on top ({@link CalendarOverride}: a moved
 * or extra day off, a day worked in exchange). Deadlines and the "three working days between circulating a draft
 * and the meeting" rule are counted on it.
 */
@Service
public class WorkingCalendar {

    /** Far enough for any campaign; a wider question is a mistake, not a long campaign. */
    private static final int MAX_SPAN_DAYS = 800;

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Map<Integer, List<HolidayRules.Rest>> rulesByYear = new ConcurrentHashMap<>();

    WorkingCalendar(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public boolean isWorkingDay(LocalDate day) {
        return new Days(day, day).isWorking(day);
    }

    /** Working days after {@code from} up to and including {@code to} (0 when {@code to} is not after it). */
    @Transactional(readOnly = true)
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        requireSpan(from, to);
        Days days = new Days(from.plusDays(1), to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (days.isWorking(day)) {
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
        Days calendar = new Days(from, from.plusDays(MAX_SPAN_DAYS));
        LocalDate day = from;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (calendar.isWorking(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The days off besides weekends between two days, named in the reader's language. */
    @Transactional(readOnly = true)
    public List<DayOff> daysOff(LocalDate from, LocalDate to) {
        requireSpan(from, to);
        Days days = new Days(from, to);
        List<DayOff> off = new ArrayList<>();
        days.rules.forEach((day, rest) -> {
            CalendarOverride entry = days.overrides.get(day);
            if (entry == null) {
                off.add(new DayOff(day, rest.kind(), name(rest), rest.compensatesFor()));
            }
        });
        days.overrides.values().stream().filter(entry -> entry.kind() == CalendarOverride.Kind.DAY_OFF)
                .forEach(entry -> off.add(new DayOff(entry.day(), StatutoryHoliday.DECLARED, entry.name(), null)));
        off.sort(Comparator.comparing(DayOff::day));
        return off;
    }

    /** The administrator's entries between two days. */
    @Transactional(readOnly = true)
    public List<CalendarOverride> overrides(LocalDate from, LocalDate to) {
        return jdbc.sql("select day, kind, name from calendar_override where day between ? and ? order by day")
                .params(from, to)
                .query(CalendarOverride.class)
                .list();
    }

    /**
     * Records what the year's decision says of a day. A day off can be declared on any day (a name given to a
     * holiday of the law renames it); a working day only where the day would otherwise be off.
     */
    @Transactional
    public CalendarOverride override(LocalDate day, CalendarOverride.Kind kind, String name) {
        if (kind == CalendarOverride.Kind.WORKING_DAY && !HolidayRules.isWeekend(day) && rule(day) == null) {
            throw ApiException.badRequest("calendar.override.already-working", VietnameseDates.DAY.format(day));
        }
        jdbc.sql("""
                        insert into calendar_override (day, kind, name) values (?, ?, ?)
                        on duplicate key update kind = values(kind), name = values(name)""")
                .params(day, kind.name(), name.trim()).update();
        return new CalendarOverride(day, kind, name.trim());
    }

    @Transactional
    public void removeOverride(LocalDate day) {
        if (jdbc.sql("delete from calendar_override where day = ?").param(day).update() == 0) {
            throw ApiException.notFound("calendar.holiday.not-found", VietnameseDates.DAY.format(day));
        }
    }

    private String name(HolidayRules.Rest rest) {
        if (rest.kind() == StatutoryHoliday.COMPENSATION) {
            HolidayRules.Rest compensated = rule(rest.compensatesFor());
            String holiday = compensated == null ? "" : text(compensated.kind().name(), null);
            return text("COMPENSATION", new Object[] {holiday, VietnameseDates.DAY.format(rest.compensatesFor())});
        }
        return text(rest.kind().name(), null);
    }

    private String text(String kind, Object[] arguments) {
        return messages.getMessage("calendar.holiday." + kind, arguments, kind, LocaleContextHolder.getLocale());
    }

    private HolidayRules.Rest rule(LocalDate day) {
        return rules(day.getYear()).stream().filter(rest -> rest.day().equals(day)).findFirst().orElse(null);
    }

    private List<HolidayRules.Rest> rules(int year) {
        return rulesByYear.computeIfAbsent(year, HolidayRules::of);
    }

    private static void requireSpan(LocalDate from, LocalDate to) {
        if (from.plusDays(MAX_SPAN_DAYS).isBefore(to)) {
            throw ApiException.badRequest("calendar.span.too-long", MAX_SPAN_DAYS);
        }
    }

    /** The rules and the entries of a span of days, read once. */
    private final class Days {
        final Map<LocalDate, HolidayRules.Rest> rules = new TreeMap<>();
        final Map<LocalDate, CalendarOverride> overrides = new HashMap<>();

        Days(LocalDate from, LocalDate to) {
            for (int year = from.getYear(); year <= to.getYear(); year++) {
                for (HolidayRules.Rest rest : rules(year)) {
                    if (!rest.day().isBefore(from) && !rest.day().isAfter(to)) {
                        rules.put(rest.day(), rest);
                    }
                }
            }
            overrides(from, to).forEach(entry -> overrides.put(entry.day(), entry));
        }

        boolean isWorking(LocalDate day) {
            CalendarOverride entry = overrides.get(day);
            if (entry != null) {
                return entry.kind() == CalendarOverride.Kind.WORKING_DAY;
            }
            return !HolidayRules.isWeekend(day) && !rules.containsKey(day);
        }
    }
}
