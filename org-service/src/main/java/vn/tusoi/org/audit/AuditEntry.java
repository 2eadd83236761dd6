package vn.tusoi.org.audit;

import java.time.Instant;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** One recorded change. */
public record AuditEntry(UUID id, Instant occurredAt, String actor, UUID actorMemberId, String action,
        String entityType, UUID entityId, JsonNode before, JsonNode after) {
}
