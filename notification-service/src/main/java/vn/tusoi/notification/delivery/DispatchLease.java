package vn.tusoi.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UtcTimes;

/**
 * A lane of work that one instance at a time may run (a row in {@code dispatch_lease}). SMS are sent this way, so
 * the provider's rate limit holds however many instances run; a holder that stops loses the lane when its lease
 * runs out.
 */
@Component
class DispatchLease {

    private final JdbcClient jdbc;
    private final Clock clock;

    DispatchLease(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Takes or renews the lane for {@code length}; false while another instance holds it. */
    boolean hold(String lane, String holder, Duration length) {
        Instant now = clock.instant();
        return jdbc.sql("""
                update dispatch_lease set holder = ?, until = ?
                where lane = ? and (holder is null or holder = ? or until < ?)
                """)
                .params(holder, UtcTimes.of(now.plus(length)), lane, holder, UtcTimes.of(now))
                .update() == 1;
    }

    /** Lets another instance take the lane at once. */
    void release(String lane, String holder) {
        jdbc.sql("update dispatch_lease set holder = null, until = null where lane = ? and holder = ?")
                .params(lane, holder).update();
    }
}
