package vn.tusoi.notification.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tusoi.notification.notice.Notices;
import vn.tusoi.notification.tracking.TrackedRemediation;
import vn.tusoi.notification.tracking.TrackedRemediations;

/**
 * Reminds the owner of a remediation item (a collective's: its bí thư and phó bí thư) as its deadline comes: a
 * week before, the day before, on the day, and once when it has passed. A stage missed by a sweep (the service was
 * down) is sent by the next one while it lasts; each stage goes out once per item and deadline.
 */
@Component
public class RemediationReminders {

    private static final Logger log = LoggerFactory.getLogger(RemediationReminders.class);

    /** The first stage: a week before the deadline. */
    static final int WEEK = 7;

    private final TrackedRemediations items;
    private final Notices notices;
    private final Clock clock;

    RemediationReminders(TrackedRemediations items, Notices notices, Clock clock) {
        this.items = items;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * The stage of an item due on {@code due}: {@code D7} from a week before, {@code D1} the day before,
     * {@code D0} on the day, {@code O1} for a week after it has passed; none outside those.
     */
    static Optional<String> stageOn(LocalDate due, LocalDate today) {
        long left = ChronoUnit.DAYS.between(today, due);
        if (left > WEEK || left < -WEEK) {
            return Optional.empty();
        }
        if (left >= 2) {
            return Optional.of("D7");
        }
        if (left == 1) {
            return Optional.of("D1");
        }
        return Optional.of(left == 0 ? "D0" : "O1");
    }

    /** @return how many items had a stage to remind of */
    @Scheduled(fixedDelayString = "${tusoi.notifications.sweep-interval}")
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        List<Map.Entry<TrackedRemediation, String>> stages = new ArrayList<>();
        for (TrackedRemediation item : items.pendingDueBetween(today.minusDays(WEEK), today.plusDays(WEEK))) {
            stageOn(item.due(), today).ifPresent(stage -> stages.add(new AbstractMap.SimpleEntry<>(item, stage)));
        }
        notices.remediationDue(stages);
        log.info("Remediation sweep: {} items at a reminder stage", stages.size());
        return stages.size();
    }
}
