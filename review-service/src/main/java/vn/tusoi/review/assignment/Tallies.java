package vn.tusoi.review.assignment;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.lifecycle.RatingLevel;
import vn.tusoi.review.lifecycle.ReviewStatus;

/**
 * The roll-up's counters, changed in the caller's transaction by the writes they count: assignments issued, a
 * status moved, a level decided or reopened. Each change is one {@code insert ... on duplicate key update n = n + d}
 * per counter row, which locks the row, so concurrent changes queue on it and none is lost under REPEATABLE READ;
 * the two rows a move touches are taken in key order, so two moves never wait on each other in a circle.
 */
@Component
public class Tallies {

    private static final String STATUS = """
            insert into review_status_tally (campaign_id, unit_id, kind, status, due, n) values (?, ?, ?, ?, ?, ?)
            on duplicate key update n = n + values(n)
            """;
    private static final String LEVEL = """
            insert into review_level_tally (campaign_id, unit_id, kind, level, n) values (?, ?, ?, ?, ?)
            on duplicate key update n = n + values(n)
            """;

    private record Key(UUID unit, AssignmentKind kind, ReviewStatus status, LocalDate due) {
    }

    private final JdbcTemplate jdbc;

    Tallies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A launch's new assignments, all not started: one counter row per place, kind and deadline. */
    void issued(UUID campaignId, List<NewAssignment> assignments) {
        Map<Key, Integer> counts = new LinkedHashMap<>();
        for (NewAssignment a : assignments) {
            counts.merge(new Key(a.placeUnitId(), a.kind(), ReviewStatus.NOT_STARTED, a.due()), 1, Integer::sum);
        }
        List<Object[]> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER)).forEach(count -> rows.add(
                statusRow(campaignId, count.getKey(), count.getValue())));
        jdbc.batchUpdate(STATUS, rows);
    }

    /** An assignment moved from one status to another. */
    void moved(Assignment assignment, ReviewStatus to) {
        Key from = new Key(assignment.placeUnitId(), assignment.kind(), assignment.status(), assignment.due());
        Key into = new Key(assignment.placeUnitId(), assignment.kind(), to, assignment.due());
        List<Object[]> rows = new ArrayList<>();
        if (ORDER.compare(from, into) <= 0) {
            rows.add(statusRow(assignment.campaignId(), from, -1));
            rows.add(statusRow(assignment.campaignId(), into, 1));
        } else {
            rows.add(statusRow(assignment.campaignId(), into, 1));
            rows.add(statusRow(assignment.campaignId(), from, -1));
        }
        jdbc.batchUpdate(STATUS, rows);
    }

    /** A level was decided ({@code +1}) or a decision reopened ({@code -1}). */
    public void decided(Assignment assignment, RatingLevel level, int delta) {
        jdbc.update(LEVEL, UuidBytes.of(assignment.campaignId()), UuidBytes.of(assignment.placeUnitId()),
                assignment.kind().name(), level.name(), delta);
    }

    private static final Comparator<Key> ORDER = Comparator.comparing((Key key) -> key.unit())
            .thenComparing(Key::kind).thenComparing(key -> key.status().name()).thenComparing(Key::due);

    private static Object[] statusRow(UUID campaignId, Key key, int delta) {
        return new Object[] {UuidBytes.of(campaignId), UuidBytes.of(key.unit()), key.kind().name(),
                key.status().name(), Date.valueOf(key.due()), delta};
    }
}
