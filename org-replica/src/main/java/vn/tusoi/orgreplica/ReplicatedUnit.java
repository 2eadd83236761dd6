package vn.tusoi.orgreplica;

import java.util.UUID;

/** A unit as this service last heard of it from org-service. */
public record ReplicatedUnit(UUID id, String code, String name, String typeCode, UUID parentId, String path,
        String status, long version) {
}
