package vn.tusoi.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import vn.tusoi.notification.tracking.TrackedAssignment;
import vn.tusoi.notification.tracking.TrackedAssignments;
import vn.tusoi.platform.id.Ids;

/**
 * Sends what is due: claims a batch, sends each message on its channel, records the outcome. A failure is tried
 * again later (exponential backoff with jitter, or when the provider says), up to the configured attempts, then
 * marked failed. A reminder whose task was done or whose deadline moved meanwhile is cancelled instead.
 */
@Component
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 50;
    /** Outcomes are committed in groups: a crash re-sends at most this many (SMS: the provider drops repeats). */
    private static final int RECORD_EVERY = 25;

    private final Deliveries deliveries;
    private final Recipients recipients;
    private final MessageRenderer renderer;
    private final QuietHours quietHours;
    private final TrackedAssignments assignments;
    private final NotificationProperties properties;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final MeterRegistry meters;
    private final Clock clock;
    private final String instance;

    Dispatcher(Deliveries deliveries, Recipients recipients, MessageRenderer renderer, QuietHours quietHours,
            TrackedAssignments assignments, NotificationProperties properties, List<ChannelSender> senders,
            MeterRegistry meters, Clock clock) {
        this.deliveries = deliveries;
        this.recipients = recipients;
        this.renderer = renderer;
        this.quietHours = quietHours;
        this.assignments = assignments;
        this.properties = properties;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.meters = meters;
        this.clock = clock;
        this.instance = hostName() + "-" + Ids.newId().toString().substring(24);
    }

    @Scheduled(fixedDelayString = "${tusoi.notifications.dispatch-interval}")
    public void dispatchDue() {
        deliveries.releaseExpiredClaims();
        for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
            List<Delivery> claimed = deliveries.claim(instance, properties.batchSize(),
                    clock.instant().plus(properties.claimLease()));
            Map<UUID, Recipient> found = recipients.find(claimed.stream().map(Delivery::recipientId).toList());
            Map<UUID, TrackedAssignment> tasks = assignments.findAll(claimed.stream()
                    .map(Delivery::assignmentId).filter(Objects::nonNull).toList());
            List<Deliveries.Outcome> outcomes = new ArrayList<>();
            // SMS last: they wait for the provider's rate, the other channels need not wait with them
            List<Delivery> inOrder = new ArrayList<>(claimed);
            inOrder.sort(Comparator.comparing(delivery -> delivery.channel() == Channel.SMS));
            for (Delivery delivery : inOrder) {
                outcomes.add(handle(delivery, Optional.ofNullable(found.get(delivery.recipientId())), tasks));
                if (outcomes.size() == RECORD_EVERY) {
                    deliveries.record(outcomes);
                    outcomes.clear();
                }
            }
            deliveries.record(outcomes);
            if (claimed.size() < properties.batchSize()) {
                return;
            }
        }
    }

    private Deliveries.Outcome handle(Delivery delivery, Optional<Recipient> recipient,
            Map<UUID, TrackedAssignment> tasks) {
        if (isStale(delivery, tasks)) {
            return finish(delivery, "CANCELLED", "the task was done or its deadline moved");
        }
        if (recipient.isEmpty()) {
            return finish(delivery, "SKIPPED", "not an active member");
        }
        if (!recipient.get().allows(delivery.channel())) {
            return finish(delivery, "SKIPPED", "turned off by the member");
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
            return new SendResult.Retry(unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage(), null);
        } finally {
            sample.stop(meters.timer("tusoi.notifications.provider.latency", "channel", delivery.channel().name()));
        }
    }

    private Deliveries.Outcome retry(Delivery delivery, SendResult.Retry retry) {
        if (delivery.attempts() >= properties.maxAttempts()) {
            return finish(delivery, "FAILED", "gave up after " + delivery.attempts() + " attempts: "
                    + retry.reason());
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

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "instance";
        }
    }
}
