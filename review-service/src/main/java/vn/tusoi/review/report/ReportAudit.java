package vn.tusoi.review.report;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.events.ReviewTransitioned;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.assignment.Assignments;
import vn.tusoi.review.lifecycle.Outcome;

/**
 * Every step of a report: the status change, an audit entry (actor, time, reasons) and a
 * {@link ReviewTransitioned} event through the outbox, all in the caller's transaction.
 */
@Component
public class ReportAudit {

    private final Assignments assignments;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportAudit(Assignments assignments, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Carries out a step the review's rules accepted: nothing when it changes the text only; otherwise the new
     * status, an audit entry and an event for each thing it recorded.
     */
    public Assignment record(Assignment before, Outcome.Accepted step, Caller caller) {
        Assignment current = before;
        for (Outcome.ReviewStepped stepped : step.events()) {
            current = record(current, stepped, caller);
        }
        return current;
    }

    private Assignment record(Assignment before, Outcome.ReviewStepped stepped, Caller caller) {
        Assignment after = assignments.moveTo(before, stepped.to());
        Instant now = clock.instant();
        String actor = actor(caller);
        jdbc.sql("""
                insert into review_audit (id, assignment_id, action, from_status, to_status, actor, acted_at, detail)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(Ids.newId()), UuidBytes.of(before.id()), stepped.action(),
                        stepped.from().name(), stepped.to().name(), actor, UtcTimes.of(now), stepped.detail())
                .update();
        events.publishEvent(new ReviewTransitioned(Ids.newId(), after.campaignId(), after.id(), after.version(),
                after.kind().name(), after.placeUnitId(), after.memberId().orElse(null), stepped.action(),
                stepped.to().name(), after.due(), actor, now));
        return after;
    }

    List<ReportViews.HistoryEntry> history(UUID assignmentId) {
        return jdbc.sql("""
                select action, from_status, to_status, actor, acted_at, detail from review_audit
                where assignment_id = ? order by acted_at, id
                """)
                .param(UuidBytes.of(assignmentId))
                .query((rs, row) -> new ReportViews.HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), UtcTimes.instant(rs, 5), rs.getString(6)))
                .list();
    }

    /** The member who acted, or the token's subject for someone who is not a member (a system administrator). */
    public static String actor(Caller caller) {
        return caller.memberId().map(UUID::toString).orElse(caller.subject());
    }
}
