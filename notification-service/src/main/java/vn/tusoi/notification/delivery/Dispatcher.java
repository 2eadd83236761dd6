package vn.tusoi.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
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
public class Dispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_BATCHES_PER_RUN = 50;
    private static final String SMS_LANE = "SMS";
    /** Outcomes are committed in groups: a crash re-sends at most this many (SMS: the provider drops repeats). */
    private static final int RECORD_EVERY = 25;

    private final Deliveries deliveries;
    private final DispatchLease lease;
    private final Recipients recipients;
    private final MessageRenderer renderer;
    private final QuietHours quietHours;
    private final TrackedAssignments assignments;
    private final NotificationProperties properties;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final MeterRegistry meters;
    private final Clock clock;
    private final String instance;
    private final ExecutorService smsWorkers;

    Dispatcher(Deliveries deliveries, DispatchLease lease, Recipients recipients, MessageRenderer renderer, QuietHours quietHours,
            TrackedAssignments assignments, NotificationProperties properties, List<ChannelSender> senders,
            MeterRegistry meters, Clock clock) {
        this.deliveries = deliveries;
        this.lease = lease;
        this.recipients = recipients;
        this.renderer = renderer;
        this.quietHours = quietHours;
        this.assignments = assignments;
        this.properties = properties;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.meters = meters;
        this.clock = clock;
        this.instance = hostName() + "-" + Ids.newId().toString().substring(24);
        this.smsWorkers = Executors.newFixedThreadPool(properties.sms().concurrency(), new CustomizableThreadFactory(
                "sms-send-"));
    }

    /** Email and inbox messages, on every instance, as fast as they go. */
    @Scheduled(fixedDelayString = "${tusoi.notifications.dispatch-interval}")
    public void dispatchMessages() {
        deliveries.releaseExpiredClaims();
        for (Channel channel : List.of(Channel.EMAIL, Channel.INBOX)) {
            for (int i = 0; i < MAX_BATCHES_PER_RUN && dispatchBatch(channel, properties.batchSize()); i++) {
                // a full batch: there may be more
            }
        }
    }

    /**
     * SMS on a thread of their own, paced at the provider's rate, by the one instance holding the SMS lane; it keeps
     * the lane while there is something to send and lets it go when the queue is empty.
     */
    @Scheduled(fixedDelayString = "${tusoi.notifications.dispatch-interval}")
    public void dispatchSms() {
        // a batch is sent well within the claim's lease at the provider's pace
        int batch = (int) Math.max(1, Math.min(properties.batchSize(),
                properties.sms().ratePerSecond() * properties.claimLease().toSeconds() / 2));
        try {
            while (!Thread.currentThread().isInterrupted()
                    && lease.hold(SMS_LANE, instance, properties.claimLease())) {
                if (!dispatchBatch(Channel.SMS, batch)) {
                    return;
                }
            }
        } finally {
            lease.release(SMS_LANE, instance);
        }
    }

    /** Everything due now, on the calling thread. */
    public void dispatchDue() {
        dispatchMessages();
        dispatchSms();
    }

    /**
     * Claims a batch of one channel and handles it: SMS several at a time (each waits for the provider's answer,
     * the pace is kept by the sender), the others one by one. Outcomes are recorded in groups; when the thread is
     * interrupted (the instance is stopping), or the SMS lane was lost, what was not started goes back to the queue
     * at once.
     *
     * @return whether the batch was full (more may be due)
     */
    private boolean dispatchBatch(Channel channel, int size) {
        List<Delivery> claimed = deliveries.claim(instance, channel, size,
                clock.instant().plus(properties.claimLease()));
        Map<UUID, Recipient> found = recipients.find(claimed.stream().map(Delivery::recipientId).toList());
        Map<UUID, TrackedAssignment> tasks = assignments.findAll(claimed.stream()
                .map(Delivery::assignmentId).filter(Objects::nonNull).toList());
        boolean sms = channel == Channel.SMS;
        CompletionService<Deliveries.Outcome> done = new ExecutorCompletionService<>(sms ? smsWorkers : Runnable::run);
        int window = sms ? properties.sms().concurrency() : 1;
        List<Deliveries.Outcome> outcomes = new ArrayList<>();
        int started = 0;
        int inFlight = 0;
        boolean interrupted = false;
        boolean laneLost = false;
        while (true) {
            interrupted |= Thread.interrupted();
            if (!interrupted && !laneLost && started < claimed.size() && inFlight < window) {
                Delivery delivery = claimed.get(started++);
                done.submit(() -> handle(delivery, Optional.ofNullable(found.get(delivery.recipientId())), tasks));
                inFlight++;
                continue;
            }
            if (inFlight == 0) {
                break;
            }
            try {
                Future<Deliveries.Outcome> next = done.take();
                inFlight--;
                outcomes.add(next.get());
            } catch (InterruptedException stopping) {
                interrupted = true;
            } catch (ExecutionException failed) {
                // left claimed: sent again when its claim runs out
                log.error("A {} delivery could not be handled", channel, failed.getCause());
            }
            if (outcomes.size() == RECORD_EVERY) {
                deliveries.record(outcomes);
                outcomes.clear();
                // a slow provider makes a long batch: the lane and the claims are kept while it goes on
                laneLost = sms && !renewSmsLane(claimed);
            }
        }
        deliveries.record(outcomes);
        deliveries.unclaim(claimed.subList(started, claimed.size()).stream().map(Delivery::id).toList());
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return !interrupted && !laneLost && claimed.size() == size;
    }

    private boolean renewSmsLane(List<Delivery> batch) {
        Instant until = clock.instant().plus(properties.claimLease());
        if (!lease.hold(SMS_LANE, instance, properties.claimLease())) {
            return false;
        }
        deliveries.extendClaims(batch.stream().map(Delivery::id).toList(), until);
        return true;
    }

    /** Stops the SMS workers with the instance. */
    @Override
    public void destroy() {
        smsWorkers.shutdownNow();
    }

    private Deliveries.Outcome handle(Delivery delivery, Optional<Recipient> recipient,
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

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "instance";
        }
    }
}
