package vn.tusoi.notification.inbox;

import java.time.Instant;
import java.util.UUID;

public record InboxItem(UUID id, String kind, String title, String body, String link, Instant createdAt,
        Instant readAt) {
}
