package vn.tusoi.review.suggestion;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A suggestion to exactly one unit (its collective report) or one member (their individual reviews). */
public record NewSuggestion(UUID targetUnitId, UUID targetMemberId, @NotBlank @Size(max = 8000) String body) {
}
