package vn.tusoi.review.remediation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.review.lifecycle.RemediationAction;

/**
 * A step on an item: its evidence when completing it, its reason when reopening or dropping it, or a note alone.
 */
public record FollowUpRequest(@NotNull RemediationAction action,
        @Schema(nullable = true) @Size(max = 4000) String evidence,
        @Schema(nullable = true) @Size(max = 4000) String note) {
}
