package vn.tusoi.review.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tusoi.events.AssignmentsIssued;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.kafka.EventFanOut;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * Announces the assignments a launch added on {@code review.events.v1}, a page per event, keyed by campaign so
 * they arrive in order. Driven by one outbox event per launch: a crash half-way sends the pages again, and
 * consumers dedupe by assignment id.
 */
@Component
class LaunchPublisher {

    private static final Logger log = LoggerFactory.getLogger(LaunchPublisher.class);
    private static final int PAGE = 1_000;
    private static final int PAGES_PER_SEND = 20;

    private final JdbcClient jdbc;
    private final EventFanOut fanOut;
    private final Clock clock;

    LaunchPublisher(JdbcClient jdbc, EventFanOut fanOut, Clock clock) {
        this.jdbc = jdbc;
        this.fanOut = fanOut;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AssignmentsLaunched launched) {
        byte[] after = UuidBytes.of(AssignmentPlanner.NO_MEMBER);
        int sent = 0;
        List<AssignmentsIssued.Assignment> page;
        List<EventFanOut.Outgoing> pending = new ArrayList<>();
        do {
            page = page(launched, after);
            if (!page.isEmpty()) {
                AssignmentsIssued event = new AssignmentsIssued(Ids.newId(), launched.campaignId(), page,
                        clock.instant());
                pending.add(new EventFanOut.Outgoing(launched.campaignId().toString(), event.eventId(),
                        AssignmentsIssued.TYPE, event.occurredAt(), event));
                after = UuidBytes.of(page.get(page.size() - 1).assignmentId());
                sent += page.size();
            }
            if (pending.size() == PAGES_PER_SEND || (page.size() < PAGE && !pending.isEmpty())) {
                fanOut.sendAll(Topics.REVIEW_EVENTS, pending);
                pending.clear();
            }
        } while (page.size() == PAGE);
        log.info("Campaign {} launch {}: {} assignments announced", launched.campaignId(), launched.round(), sent);
    }

    private List<AssignmentsIssued.Assignment> page(AssignmentsLaunched launched, byte[] after) {
        return jdbc.sql("""
                select id, kind, place_unit_id, member_id, template_code, due from review_assignment
                where campaign_id = ? and launch_round = ? and id > ? order by id limit ?
                """)
                .params(UuidBytes.of(launched.campaignId()), launched.round(), after, PAGE)
                .query((rs, row) -> {
                    UUID member = UuidBytes.uuid(rs.getBytes(4));
                    return new AssignmentsIssued.Assignment(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                            UuidBytes.uuid(rs.getBytes(3)), AssignmentPlanner.NO_MEMBER.equals(member) ? null : member,
                            rs.getString(5), rs.getObject(6, LocalDate.class));
                })
                .list();
    }
}
