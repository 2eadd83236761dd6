package vn.tusoi.notification.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import vn.tusoi.notification.tracking.TrackedCampaign;

/**
 * When to remind: some days before the deadline (7, 3 and 1 by default), on the day, then every few days overdue
 * (2 by default) a limited number of times (3). The stage of a day is the latest one reached by then, so a sweep
 * that did not run for a while sends the latest missed stage once, not every missed one.
 */
record ReminderPolicy(List<Integer> daysBefore, int overdueEvery, int overdueTimes) {

    static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(7, 3, 1), 2, 3);

    /** The campaign's own stages, the defaults for what it does not say. */
    static ReminderPolicy of(TrackedCampaign campaign) {
        return new ReminderPolicy(
                campaign.reminderDaysBefore() == null ? DEFAULT.daysBefore : campaign.reminderDaysBefore(),
                campaign.overdueEveryDays() == null ? DEFAULT.overdueEvery : campaign.overdueEveryDays(),
                campaign.overdueTimes() == null ? DEFAULT.overdueTimes : campaign.overdueTimes());
    }

    /** The stage reached on {@code today} for a deadline on {@code due}: {@code D7}, {@code D0}, {@code O4}, ... */
    Optional<String> stageOn(LocalDate due, LocalDate today) {
        if (today.isAfter(due)) {
            if (overdueTimes == 0) {
                return Optional.empty();
            }
            long late = ChronoUnit.DAYS.between(due, today);
            long step = Math.min(late / overdueEvery, overdueTimes);
            return Optional.of(step == 0 ? "D0" : "O" + step * overdueEvery);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        if (left == 0) {
            return Optional.of("D0");
        }
        return daysBefore.stream().sorted().filter(days -> days >= left).findFirst().map(days -> "D" + days);
    }

    /** The earliest deadline still worth a look today (overdue reminders stop after the last one). */
    LocalDate oldestDue(LocalDate today) {
        return today.minusDays((long) overdueEvery * overdueTimes);
    }

    /** The latest deadline that has reached its first stage today. */
    LocalDate newestDue(LocalDate today) {
        return today.plusDays(daysBefore.stream().mapToInt(Integer::intValue).max().orElse(0));
    }
}
