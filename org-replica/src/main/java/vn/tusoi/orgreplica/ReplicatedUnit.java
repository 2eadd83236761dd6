package vn.tusoi.orgreplica;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

/** A unit as this service last heard of it from org-service. */
public record ReplicatedUnit(UUID id, String code, String name, String typeCode, @Schema(nullable = true) UUID parentId,
        String path, String status, long version) {
}
