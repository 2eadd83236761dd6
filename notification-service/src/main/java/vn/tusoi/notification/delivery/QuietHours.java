package vn.tusoi.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** No SMS at night (by default 21:00–07:00, Asia/Ho_Chi_Minh): a message due then waits for the morning. */
@Component
class QuietHours {

    private final NotificationProperties properties;
    private final Clock clock;

    QuietHours(NotificationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** When an SMS may go out if not now; empty when now is fine. */
    Optional<Instant> postponeUntil() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        LocalTime from = properties.sms().quietFrom();
        LocalTime until = properties.sms().quietUntil();
        LocalTime time = now.toLocalTime();
        boolean quiet = from.isAfter(until) ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return Optional.empty();
        }
        ZonedDateTime morning = now.with(until);
        return Optional.of((morning.isAfter(now) ? morning : morning.plusDays(1)).toInstant());
    }
}
