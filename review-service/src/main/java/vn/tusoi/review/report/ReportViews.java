package vn.tusoi.review.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.tusoi.review.assignment.AssignmentKind;
import vn.tusoi.review.lifecycle.ReviewStatus;
import vn.tusoi.review.suggestion.Suggestion;
import vn.tusoi.review.template.TemplateVersion;

/** What the report endpoints answer. */
public final class ReportViews {

    private ReportViews() {
    }

    /**
     * A report as the caller may see it.
     *
     * @param editable whether the caller may change the text now (their report, the window open, not submitted)
     */
    public record Report(UUID id, UUID campaignId, String campaignTitle,
            @Schema(implementation = AssignmentKind.class) String kind, UUID placeUnitId, String placeUnitName,
            @Schema(nullable = true) UUID memberId, @Schema(nullable = true) String memberName, String templateCode,
            LocalDate due, @Schema(implementation = ReviewStatus.class) String status, long version, int revision,
            ReportContent content, TemplateVersion template, List<Suggestion> suggestions,
            @Schema(nullable = true) Instant circulatedAt, @Schema(nullable = true) LocalDate plannedMeetingOn,
            @Schema(nullable = true) Meeting meeting, boolean editable) {
    }

    public record Meeting(LocalDate heldOn, int present, int absent, String minutes, String conclusion,
            String recordedBy, Instant recordedAt) {
    }

    /** The outcome of a step, with warnings that do not stop it (e.g. a meeting too soon after circulation). */
    public record Step(UUID id, @Schema(implementation = ReviewStatus.class) String status, long version, int revision,
            List<String> warnings) {
    }

    public record VersionSummary(int revision, String kind, String savedBy, Instant savedAt) {
    }

    public record Version(int revision, String kind, ReportContent content, String savedBy, Instant savedAt) {
    }

    public record Comment(UUID id, UUID authorId, String authorName, String body, Instant createdAt) {
    }

    public record HistoryEntry(String action, @Schema(nullable = true) String fromStatus,
            @Schema(nullable = true) String toStatus, String actor, Instant at,
            @Schema(nullable = true) String detail) {
    }
}
