package vn.tusoi.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/**
 * One message as the log shows it (never its text: that is rebuilt from templates when sent).
 *
 * @param lastError as stored (a reason code, then what the other side said)
 * @param reason    the same in the reader's language
 */
record LoggedDelivery(UUID id, UUID recipientId, String recipientName, String channel, String kind,
        UUID campaignId, UUID assignmentId, String status, int attempts, Instant createdAt, Instant sentAt,
        String reportStatus, String lastError, String reason) {
}
