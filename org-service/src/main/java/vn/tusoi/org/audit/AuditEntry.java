package vn.tusoi.org.audit;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * One recorded change.
 *
 * @param before the entity as it was (JSON), null for one just created
 * @param after  the entity as it became, or what was done (JSON)
 */
public record AuditEntry(UUID id, Instant occurredAt, String actor, @Schema(nullable = true) UUID actorMemberId,
        String action, String entityType, UUID entityId, @Schema(nullable = true) JsonNode before,
        @Schema(nullable = true) JsonNode after) {
}
