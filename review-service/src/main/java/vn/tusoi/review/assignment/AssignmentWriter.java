package vn.tusoi.review.assignment;

import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * Writes new assignments in JDBC batches. The launch leaves out those already there; the unique key (campaign,
 * kind, place, member) would refuse a duplicate, failing the launch rather than assigning twice.
 */
@Component
class AssignmentWriter {

    static final String INSERT = """
            insert into review_assignment (id, campaign_id, kind, place_unit_id, member_id, template_code, due,
                                           status, launch_round, version, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', ?, 0, ?)
            """;

    private final JdbcTemplate jdbc;
    private final Tallies tallies;
    private final Clock clock;

    AssignmentWriter(JdbcTemplate jdbc, Tallies tallies, Clock clock) {
        this.jdbc = jdbc;
        this.tallies = tallies;
        this.clock = clock;
    }

    void write(UUID campaignId, int round, List<NewAssignment> assignments) {
        byte[] campaign = UuidBytes.of(campaignId);
        Object now = UtcTimes.of(clock.instant());
        List<Object[]> rows = new ArrayList<>(assignments.size());
        for (NewAssignment a : assignments) {
            rows.add(new Object[] {UuidBytes.of(a.id()), campaign, a.kind().name(), UuidBytes.of(a.placeUnitId()),
                    UuidBytes.of(a.memberId()), a.templateCode(), Date.valueOf(a.due()), round, now});
        }
        jdbc.batchUpdate(INSERT, rows);
        tallies.issued(campaignId, assignments);
    }
}
