package vn.tusoi.orgreplica;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.events.MemberChanged;

/** A member as this service last heard of them from org-service. */
public record ReplicatedMember(UUID id, String fullName, UUID homeUnitId, String homeUnitPath, String status,
        @Schema(nullable = true) String email, @Schema(nullable = true) String mobile, boolean holdsLeadershipPost,
        boolean outsidePoliticalSystem, List<MemberChanged.Position> positions, long version) {
}
