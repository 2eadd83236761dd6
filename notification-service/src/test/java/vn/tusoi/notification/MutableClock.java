package vn.tusoi.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The service's clock in tests: set to a Vietnamese date and time so deadlines and quiet hours are certain. */
public final class MutableClock extends Clock {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private volatile Instant now;

    public MutableClock(LocalDateTime start) {
        set(start);
    }

    public void set(LocalDateTime vietnamTime) {
        now = vietnamTime.atZone(VIETNAM).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return VIETNAM;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
