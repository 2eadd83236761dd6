package vn.tusoi.review.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** Report text, its saved and submitted versions, comments and the meeting, in their tables. */
@Component
class ReportStore {

    /** The current text and the circulation of a report. */
    record Current(ReportContent content, int revision, Instant circulatedAt, LocalDate plannedMeetingOn) {
        static final Current NONE = new Current(ReportContent.EMPTY, 0, null, null);
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final int keptDrafts;

    ReportStore(JdbcClient jdbc, JsonMapper json, Clock clock,
            @Value("${tusoi.reports.kept-drafts:20}") int keptDrafts) {
        this.keptDrafts = keptDrafts;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    Current current(UUID assignmentId) {
        return jdbc.sql("""
                select content, revision, circulated_at, planned_meeting_on from review_report
                where assignment_id = ?
                """)
                .param(UuidBytes.of(assignmentId))
                .query((rs, row) -> new Current(json.readValue(rs.getString(1), ReportContent.class), rs.getInt(2),
                        UtcTimes.instant(rs, 3), rs.getObject(4, LocalDate.class)))
                .optional().orElse(Current.NONE);
    }

    /** Replaces the current text; the revision goes up by one. */
    int save(UUID assignmentId, ReportContent content, int revision) {
        int next = revision + 1;
        jdbc.sql("""
                insert into review_report (assignment_id, content, revision) values (?, ?, ?)
                on duplicate key update content = values(content), revision = values(revision)
                """)
                .params(UuidBytes.of(assignmentId), json.writeValueAsString(content), next).update();
        return next;
    }

    /**
     * Keeps a draft saved by hand in the history, unless it is the text of the newest draft kept; only the newest
     * {@code tusoi.reports.kept-drafts} drafts stay (a manual save may hold megabytes), submitted versions always.
     */
    void keepDraft(UUID assignmentId, int revision, ReportContent content, String savedBy) {
        byte[] id = UuidBytes.of(assignmentId);
        String text = json.writeValueAsString(content);
        Optional<String> newest = jdbc.sql("""
                select content from review_report_version where assignment_id = ? and kind = 'DRAFT'
                order by revision desc limit 1
                """).param(id).query(String.class).optional();
        if (newest.filter(text::equals).isPresent()) {
            return;
        }
        insertVersion(id, revision, "DRAFT", text, savedBy);
        jdbc.sql("""
                select revision from review_report_version where assignment_id = ? and kind = 'DRAFT'
                order by revision desc limit 1 offset ?
                """).params(id, keptDrafts).query(Integer.class).optional()
                .ifPresent(oldest -> jdbc.sql("""
                        delete from review_report_version
                        where assignment_id = ? and kind = 'DRAFT' and revision <= ?
                        """).params(id, oldest).update());
    }

    /** Keeps the text of a revision in the history (a saved draft or a submitted version, which never changes). */
    void keepVersion(UUID assignmentId, int revision, String kind, ReportContent content, String savedBy) {
        insertVersion(UuidBytes.of(assignmentId), revision, kind, json.writeValueAsString(content), savedBy);
    }

    private void insertVersion(byte[] assignmentId, int revision, String kind, String content, String savedBy) {
        jdbc.sql("""
                insert into review_report_version (assignment_id, revision, kind, content, saved_by, saved_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(assignmentId, revision, kind, content, savedBy, UtcTimes.of(clock.instant()))
                .update();
    }

    void circulate(UUID assignmentId, LocalDate plannedMeetingOn) {
        jdbc.sql("update review_report set circulated_at = ?, planned_meeting_on = ? where assignment_id = ?")
                .params(UtcTimes.of(clock.instant()), plannedMeetingOn, UuidBytes.of(assignmentId)).update();
    }

    List<ReportViews.VersionSummary> versions(UUID assignmentId) {
        return jdbc.sql("""
                select revision, kind, saved_by, saved_at from review_report_version
                where assignment_id = ? order by revision desc
                """)
                .param(UuidBytes.of(assignmentId))
                .query((rs, row) -> new ReportViews.VersionSummary(rs.getInt(1), rs.getString(2), rs.getString(3),
                        UtcTimes.instant(rs, 4)))
                .list();
    }

    Optional<ReportViews.Version> version(UUID assignmentId, int revision) {
        return jdbc.sql("""
                select revision, kind, content, saved_by, saved_at from review_report_version
                where assignment_id = ? and revision = ?
                """)
                .params(UuidBytes.of(assignmentId), revision)
                .query((rs, row) -> new ReportViews.Version(rs.getInt(1), rs.getString(2),
                        json.readValue(rs.getString(3), ReportContent.class), rs.getString(4),
                        UtcTimes.instant(rs, 5)))
                .optional();
    }

    ReportViews.Comment comment(UUID assignmentId, UUID authorId, String authorName, String body) {
        ReportViews.Comment comment = new ReportViews.Comment(Ids.newId(), authorId, authorName, body,
                clock.instant());
        jdbc.sql("""
                insert into review_comment (id, assignment_id, author_id, author_name, body, created_at)
                values (?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(comment.id()), UuidBytes.of(assignmentId), UuidBytes.of(authorId), authorName,
                        body, UtcTimes.of(comment.createdAt()))
                .update();
        return comment;
    }

    List<ReportViews.Comment> comments(UUID assignmentId) {
        return jdbc.sql("""
                select id, author_id, author_name, body, created_at from review_comment
                where assignment_id = ? order by created_at, id
                """)
                .param(UuidBytes.of(assignmentId))
                .query((rs, row) -> new ReportViews.Comment(UuidBytes.uuid(rs.getBytes(1)),
                        UuidBytes.uuid(rs.getBytes(2)), rs.getString(3), rs.getString(4), UtcTimes.instant(rs, 5)))
                .list();
    }

    void meeting(UUID assignmentId, MeetingRequest meeting, String recordedBy) {
        jdbc.sql("""
                insert into review_meeting (assignment_id, held_on, present, absent, minutes, conclusion,
                                            recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(assignmentId), meeting.heldOn(), meeting.present(), meeting.absent(),
                        meeting.minutes().strip(), meeting.conclusion().strip(), recordedBy,
                        UtcTimes.of(clock.instant()))
                .update();
    }

    Optional<ReportViews.Meeting> meeting(UUID assignmentId) {
        return jdbc.sql("""
                select held_on, present, absent, minutes, conclusion, recorded_by, recorded_at from review_meeting
                where assignment_id = ?
                """)
                .param(UuidBytes.of(assignmentId))
                .query((rs, row) -> new ReportViews.Meeting(rs.getObject(1, LocalDate.class), rs.getInt(2),
                        rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), UtcTimes.instant(rs, 7)))
                .optional();
    }
}
