package vn.tusoi.notification.delivery;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A message to queue. {@code topicKey} names what it is about (e.g. {@code reminder:<assignment>:D3}); with the
 * recipient and the channel it is unique, so queuing the same message twice queues it once.
 *
 * @param params what the message templates fill in: {@code campaignTitle}, {@code due}, {@code daysLeft},
 *               {@code task}, {@code link}; never the content of a review
 */
public record NewDelivery(String topicKey, UUID recipientId, Channel channel, String kind, UUID campaignId,
        UUID assignmentId, Map<String, String> params, Instant notBefore) {
}
