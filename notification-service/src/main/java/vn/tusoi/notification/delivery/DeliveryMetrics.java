package vn.tusoi.notification.delivery;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The queue as metrics: messages waiting and messages that failed for good, per channel
 * ({@code tusoi.notifications.queue}); sent, retried and failed counts and provider latency come from the
 * dispatcher.
 */
@Component
class DeliveryMetrics {

    DeliveryMetrics(JdbcClient jdbc, MeterRegistry meters) {
        for (Channel channel : Channel.values()) {
            for (String status : new String[] {"PENDING", "FAILED"}) {
                Gauge.builder("tusoi.notifications.queue", () -> jdbc.sql(
                                "select count(*) from delivery where status = ? and channel = ?")
                                .params(status, channel.name()).query(Long.class).single())
                        .tag("channel", channel.name()).tag("status", status.toLowerCase())
                        .register(meters);
            }
        }
    }
}
