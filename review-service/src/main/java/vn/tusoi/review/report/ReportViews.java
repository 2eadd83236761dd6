package vn.tusoi.review.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
    public record Report(UUID id, UUID campaignId, String campaignTitle, String kind, UUID placeUnitId,
            String placeUnitName, UUID memberId, String memberName, String templateCode, LocalDate due,
            String status, long version, int revision, ReportContent content, TemplateVersion template,
            List<Suggestion> suggestions, Instant circulatedAt, LocalDate plannedMeetingOn, Meeting meeting,
            boolean editable) {
    }

    public record Meeting(LocalDate heldOn, int present, int absent, String minutes, String conclusion,
            String recordedBy, Instant recordedAt) {
    }

    /** The outcome of a step, with warnings that do not stop it (e.g. a meeting too soon after circulation). */
    public record Step(UUID id, String status, long version, int revision, List<String> warnings) {
    }

    public record VersionSummary(int revision, String kind, String savedBy, Instant savedAt) {
    }

    public record Version(int revision, String kind, ReportContent content, String savedBy, Instant savedAt) {
    }

    public record Comment(UUID id, UUID authorId, String authorName, String body, Instant createdAt) {
    }

    public record HistoryEntry(String action, String fromStatus, String toStatus, String actor, Instant at,
            String detail) {
    }
}
