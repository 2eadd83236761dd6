package vn.tusoi.notification.delivery;

import java.util.Map;
import java.util.UUID;

/** A queued message claimed for sending. */
public record Delivery(UUID id, String topicKey, UUID recipientId, Channel channel, String kind, UUID campaignId,
        UUID assignmentId, Map<String, String> params, int attempts) {
}
