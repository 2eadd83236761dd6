package vn.tusoi.review.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.assignment.Assignment;
import vn.tusoi.review.lifecycle.RatingLevel;
import vn.tusoi.review.lifecycle.RatingRules;
import vn.tusoi.review.lifecycle.Scorecard;

/**
 * The ratings of reports: every step kept with its scorecard, and the current levels on the assignment as typed
 * columns (self, proposed, decided with its score and the quota group it was counted in).
 */
@Component
class RatingStore {

    /** The decision an assignment holds now, and the group of the quota it was counted in. */
    record Decided(RatingLevel level, UUID quotaUnitId) {
    }

    private final JdbcClient jdbc;

    RatingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID assignmentId, RatingStep step, Scorecard card, RatingLevel level, String note, String actor,
            Instant at, UUID quotaUnitId) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into review_rating (id, assignment_id, step, level, score, tasks_total, tasks_done, tasks_late,
                                           tasks_beyond, disciplined_subordinate, disqualified, note, actor, acted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(UuidBytes.of(id), UuidBytes.of(assignmentId), step.name(), level.name(), card.score(),
                        card.tasksTotal(), card.tasksDone(), card.tasksLate(), card.tasksBeyond(),
                        card.disciplinedSubordinate(), card.disqualified(), note, actor, UtcTimes.of(at))
                .update();
        for (Map.Entry<String, Integer> point : card.points().entrySet()) {
            jdbc.sql("insert into review_rating_point (rating_id, criterion_code, points) values (?, ?, ?)")
                    .params(UuidBytes.of(id), point.getKey(), point.getValue()).update();
        }
        switch (step) {
            case SELF -> jdbc.sql("update review_assignment set self_level = ? where id = ?")
                    .params(level.name(), UuidBytes.of(assignmentId)).update();
            case PROPOSAL -> jdbc.sql("update review_assignment set proposed_level = ? where id = ?")
                    .params(level.name(), UuidBytes.of(assignmentId)).update();
            case DECISION -> jdbc.sql("""
                    update review_assignment set decided_level = ?, decided_score = ?, quota_unit_id = ? where id = ?
                    """)
                    .params(level.name(), card.score(), UuidBytes.of(quotaUnitId), UuidBytes.of(assignmentId))
                    .update();
            default -> throw new IllegalArgumentException(step.name());
        }
    }

    Optional<Decided> decided(UUID assignmentId) {
        return jdbc.sql("select decided_level, quota_unit_id from review_assignment where id = ? and decided_level is not null")
                .param(UuidBytes.of(assignmentId))
                .query((rs, row) -> new Decided(RatingLevel.valueOf(rs.getString(1)), UuidBytes.uuid(rs.getBytes(2))))
                .optional();
    }

    /** A reopened decision no longer counts; its record stays in the history. */
    void clearDecision(UUID assignmentId) {
        jdbc.sql("update review_assignment set decided_level = null, decided_score = null, quota_unit_id = null where id = ?")
                .param(UuidBytes.of(assignmentId)).update();
    }

    /** The newest rating of each step of a report. */
    Map<RatingStep, RatingViews.Card> latest(UUID assignmentId) {
        Map<RatingStep, RatingViews.Card> latest = new HashMap<>();
        for (RatingViews.Card card : history(assignmentId)) {
            latest.put(card.step(), card);
        }
        return latest;
    }

    /** Every rating of a report, oldest first. */
    List<RatingViews.Card> history(UUID assignmentId) {
        Map<UUID, Map<String, Integer>> points = new HashMap<>();
        jdbc.sql("""
                select p.rating_id, p.criterion_code, p.points from review_rating_point p
                join review_rating r on r.id = p.rating_id where r.assignment_id = ?
                """)
                .param(UuidBytes.of(assignmentId))
                .query(rs -> {
                    points.computeIfAbsent(UuidBytes.uuid(rs.getBytes(1)), id -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        return new ArrayList<>(jdbc.sql("""
                select id, step, level, tasks_total, tasks_done, tasks_late, tasks_beyond, disciplined_subordinate,
                       disqualified, note, actor, acted_at
                from review_rating where assignment_id = ? order by acted_at, id
                """)
                .param(UuidBytes.of(assignmentId))
                .query((rs, row) -> {
                    Scorecard card = new Scorecard(points.getOrDefault(UuidBytes.uuid(rs.getBytes(1)), Map.of()),
                            rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getBoolean(8),
                            rs.getBoolean(9));
                    return new RatingViews.Card(RatingStep.valueOf(rs.getString(2)), card.points(),
                            card.tasksTotal(), card.tasksDone(), card.tasksLate(), card.tasksBeyond(),
                            card.disciplinedSubordinate(), card.disqualified(), card.score(),
                            RatingLevel.valueOf(rs.getString(3)), RatingRules.earned(card), rs.getString(10),
                            rs.getString(11), null, UtcTimes.instant(rs, 12));
                })
                .list());
    }

    /** The reports placed in a unit in a campaign, with their current levels: the collective's first. */
    List<RatingViews.Item> inPlace(UUID campaignId, UUID placeUnitId) {
        return jdbc.sql("""
                select id, kind, member_id, status, self_level, proposed_level, decided_level, decided_score
                from review_assignment where campaign_id = ? and place_unit_id = ?
                order by kind = 'COLLECTIVE' desc, id
                """)
                .params(UuidBytes.of(campaignId), UuidBytes.of(placeUnitId))
                .query((rs, row) -> {
                    UUID member = UuidBytes.uuid(rs.getBytes(3));
                    return new RatingViews.Item(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                            Assignment.NO_MEMBER.equals(member) ? null : member, null, rs.getString(4),
                            level(rs.getString(5)), level(rs.getString(6)), level(rs.getString(7)),
                            (Integer) rs.getObject(8, Integer.class));
                })
                .list();
    }

    private static RatingLevel level(String name) {
        return name == null ? null : RatingLevel.valueOf(name);
    }
}
