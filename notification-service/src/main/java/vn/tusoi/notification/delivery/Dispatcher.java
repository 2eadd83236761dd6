package vn.tusoi.notification.delivery;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

import vn.tusoi.notification.tracking.TrackedAssignment;
import vn.tusoi.notification.tracking.TrackedAssignments;
import vn.tusoi.platform.id.Ids;

/**
 * Sends what is due, channel by channel: claims a batch, has each message handled ({@link DeliveryHandler}),
 * records the outcomes. Email and inbox go out from every instance; SMS from the one holding the SMS lane.
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
    private final TrackedAssignments assignments;
    private final DeliveryHandler handler;
    private final NotificationProperties properties;
    private final Clock clock;
    private final String instance;
    private final ExecutorService smsWorkers;

    Dispatcher(Deliveries deliveries, DispatchLease lease, Recipients recipients, TrackedAssignments assignments,
            DeliveryHandler handler, NotificationProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.lease = lease;
        this.recipients = recipients;
        this.assignments = assignments;
        this.handler = handler;
        this.properties = properties;
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
        boolean holding = false;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                holding = lease.hold(SMS_LANE, instance, properties.claimLease());
                if (!holding || !dispatchBatch(Channel.SMS, batch)) {
                    return;
                }
            }
        } finally {
            // only the holder lets go: instances that found the lane taken write nothing
            if (holding) {
                lease.release(SMS_LANE, instance);
            }
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
                done.submit(() -> handler.handle(delivery, Optional.ofNullable(found.get(delivery.recipientId())),
                        tasks));
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

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unknown) {
            return "instance";
        }
    }
}
