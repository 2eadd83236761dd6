package vn.tusoi.review.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * @param revision the revision the writer started from (0 for a first draft); a save over a newer revision is
 *                 refused so two people editing one collective draft do not overwrite each other
 */
public record DraftRequest(@NotNull @Min(0) Integer revision, @NotNull @Valid ReportContent content) {
}
