package vn.tusoi.notification.delivery;

import java.time.Instant;

/** How sending one message went. */
public sealed interface SendResult {

    record Sent(String providerId) implements SendResult {
    }

    /** Worth trying again: not before {@code notBefore} when the provider said so (null: back off). */
    record Retry(String reason, Instant notBefore) implements SendResult {
    }

    record Failed(String reason) implements SendResult {
    }

    /** Not sent on purpose (the member turned the channel off, has no address for it, the task is done). */
    record Skipped(String reason) implements SendResult {
    }
}
