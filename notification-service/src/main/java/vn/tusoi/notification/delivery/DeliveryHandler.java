package vn.tusoi.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.tusoi.notification.tracking.TrackedAssignment;

/**
 * What becomes of one claimed message: cancelled when its task was done or its deadline moved, skipped when the
 * recipient cannot or will not get it, held through quiet hours (SMS), else sent. A failure is tried again later
 * (exponential backoff with jitter, or when the provider says), up to the configured attempts, then marked failed.
 * Safe to call from several threads at once.
 */
@Component
class DeliveryHandler {

    private static final Logger log = LoggerFactory.getLogger(DeliveryHandler.class);

    private final MessageRenderer renderer;
    private final QuietHours quietHours;
    private final NotificationProperties properties;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final MeterRegistry meters;
    private final Clock clock;

    DeliveryHandler(MessageRenderer renderer, QuietHours quietHours, NotificationProperties properties,
            List<ChannelSender> senders, MeterRegistry meters, Clock clock) {
        this.renderer = renderer;
        this.quietHours = quietHours;
        this.properties = properties;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.meters = meters;
        this.clock = clock;
    }

    Deliveries.Outcome handle(Delivery delivery, Optional<Recipient> recipient,
            Map<UUID, TrackedAssignment> tasks) {
        if (isStale(delivery, tasks)) {
            return finish(delivery, "CANCELLED", DeliveryReason.TASK_DONE.stored());
        }
        if (recipient.isEmpty()) {
            return finish(delivery, "SKIPPED", DeliveryReason.NOT_A_MEMBER.stored());
        }
        if (!recipient.get().allows(delivery.channel())) {
            return finish(delivery, "SKIPPED", DeliveryReason.TURNED_OFF.stored());
        }
        if (delivery.channel() == Channel.SMS) {
            Optional<Instant> morning = quietHours.postponeUntil();
            if (morning.isPresent()) {
                return Deliveries.Outcome.postpone(delivery.id(), morning.get());
            }
        }
        SendResult result = send(delivery, recipient.get());
        if (result instanceof SendResult.Sent sent) {
            count(delivery, "sent");
            return Deliveries.Outcome.sent(delivery.id(), sent.providerId());
        } else if (result instanceof SendResult.Skipped skipped) {
            return finish(delivery, "SKIPPED", skipped.reason());
        } else if (result instanceof SendResult.Failed failed) {
            return finish(delivery, "FAILED", failed.reason());
        }
        return retry(delivery, (SendResult.Retry) result);
    }

    private SendResult send(Delivery delivery, Recipient recipient) {
        Timer.Sample sample = Timer.start(meters);
        try {
            return senders.get(delivery.channel()).send(delivery, recipient, renderer.render(delivery, recipient));
        } catch (RuntimeException unexpected) {
            log.warn("Delivery {} on {} failed unexpectedly", delivery.id(), delivery.channel(), unexpected);
            return new SendResult.Retry(DeliveryReason.UNEXPECTED.stored(unexpected.getClass().getSimpleName() + ": "
                    + unexpected.getMessage()), null);
        } finally {
            sample.stop(meters.timer("tusoi.notifications.provider.latency", "channel", delivery.channel().name()));
        }
    }

    private Deliveries.Outcome retry(Delivery delivery, SendResult.Retry retry) {
        if (delivery.attempts() >= properties.maxAttempts()) {
            return finish(delivery, "FAILED", DeliveryReason.GAVE_UP.stored(retry.reason()));
        }
        Instant at = retry.notBefore() != null ? retry.notBefore() : clock.instant().plus(backoff(delivery.attempts()));
        count(delivery, "retried");
        return Deliveries.Outcome.retryAt(delivery.id(), at, retry.reason());
    }

    /** The base wait doubled per attempt, with up to half of it added at random so retries do not bunch. */
    private Duration backoff(int attempts) {
        long base = properties.retryBackoff().toMillis() << Math.min(attempts - 1, 16);
        return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private static boolean isStale(Delivery delivery, Map<UUID, TrackedAssignment> tasks) {
        if (delivery.assignmentId() == null || !delivery.params().containsKey("due")
                || !delivery.kind().startsWith("REMINDER")) {
            return false;
        }
        TrackedAssignment assignment = tasks.get(delivery.assignmentId());
        return assignment == null || !assignment.isPending()
                || !assignment.due().toString().equals(delivery.params().get("due"));
    }

    private Deliveries.Outcome finish(Delivery delivery, String status, String reason) {
        count(delivery, status.toLowerCase());
        return Deliveries.Outcome.end(delivery.id(), status, reason);
    }

    private void count(Delivery delivery, String outcome) {
        meters.counter("tusoi.notifications.deliveries", "channel", delivery.channel().name(), "outcome", outcome)
                .increment();
    }
}
