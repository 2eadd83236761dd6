package vn.tusoi.notification.inbox;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

public record InboxItem(UUID id, String kind, String title, String body, @Schema(nullable = true) String link,
        Instant createdAt, @Schema(nullable = true) Instant readAt) {
}
