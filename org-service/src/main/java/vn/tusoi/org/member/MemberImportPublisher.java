package vn.tusoi.org.member;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.kafka.EventFanOut;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** Publishes the current state of every member an import wrote, a page at a time. */
@Component
class MemberImportPublisher {

    private static final Logger log = LoggerFactory.getLogger(MemberImportPublisher.class);
    private static final int PAGE = 2_000;

    private final JdbcClient jdbc;
    private final PositionDirectory positions;
    private final EventFanOut fanOut;

    MemberImportPublisher(JdbcClient jdbc, PositionDirectory positions, EventFanOut fanOut) {
        this.jdbc = jdbc;
        this.positions = positions;
        this.fanOut = fanOut;
    }

    @ApplicationModuleListener
    void on(MembersImported imported) {
        byte[] after = UuidBytes.of(new UUID(0, 0));
        int sent = 0;
        while (true) {
            List<MemberChanged> page = page(imported.jobId(), after);
            if (page.isEmpty()) {
                break;
            }
            Map<UUID, List<MemberChanged.Position>> held = positions.histories(
                    page.stream().map(MemberChanged::memberId).toList());
            List<EventFanOut.Outgoing> events = new ArrayList<>(page.size());
            for (MemberChanged state : page) {
                MemberChanged event = withPositions(state, held.getOrDefault(state.memberId(), List.of()));
                events.add(new EventFanOut.Outgoing(event.memberId().toString(), event.eventId(),
                        MemberChanged.TYPE, event.occurredAt(), event));
            }
            fanOut.sendAll(Topics.ORG_MEMBERS, events);
            sent += page.size();
            after = UuidBytes.of(page.get(page.size() - 1).memberId());
        }
        log.info("Import {}: {} members published", imported.jobId(), sent);
    }

    private List<MemberChanged> page(UUID jobId, byte[] after) {
        return jdbc.sql("""
                select m.id, m.version, m.full_name, m.home_unit_id, u.path, m.status, m.email, m.mobile,
                       m.holds_leadership_post, m.outside_political_system, m.updated_at
                from member m join org_unit u on u.id = m.home_unit_id
                where m.import_job_id = ? and m.id > ? order by m.id limit ?
                """)
                .params(UuidBytes.of(jobId), after, PAGE)
                .query((rs, row) -> new MemberChanged(Ids.newId(), UuidBytes.uuid(rs.getBytes(1)), rs.getLong(2),
                        rs.getString(3), UuidBytes.uuid(rs.getBytes(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), List.of(),
                        UtcTimes.instant(rs, 11)))
                .list();
    }

    private static MemberChanged withPositions(MemberChanged state, List<MemberChanged.Position> held) {
        return new MemberChanged(state.eventId(), state.memberId(), state.version(), state.fullName(),
                state.homeUnitId(), state.homeUnitPath(), state.status(), state.email(), state.mobile(),
                state.holdsLeadershipPost(), state.outsidePoliticalSystem(), held, state.occurredAt());
    }
}
