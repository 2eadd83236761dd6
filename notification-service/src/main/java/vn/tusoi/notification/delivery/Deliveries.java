package vn.tusoi.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * The queue of messages in the table {@code delivery}. Instances claim due messages with
 * {@code FOR UPDATE SKIP LOCKED} and a lease, so two instances never hold the same message; a message whose
 * instance died is claimed again when its lease runs out.
 */
@Component
public class Deliveries {

    private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;

    Deliveries(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
    }

    /** Queues the messages; one already queued (same topic, recipient, channel) is left as it is. */
    public void enqueue(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        Set<String> queued = queuedKeys(deliveries);
        Object now = UtcTimes.of(clock.instant());
        List<Object[]> rows = new ArrayList<>(deliveries.size());
        Set<String> seen = new HashSet<>();
        for (NewDelivery d : deliveries) {
            String key = key(d.topicKey(), d.recipientId(), d.channel().name());
            if (queued.contains(key) || !seen.add(key)) {
                continue;
            }
            rows.add(new Object[] {UuidBytes.of(Ids.newId()), d.topicKey(), UuidBytes.of(d.recipientId()),
                    d.channel().name(), d.kind(), UuidBytes.of(d.campaignId()), UuidBytes.of(d.assignmentId()),
                    json.writeValueAsString(d.params()), UtcTimes.of(d.notBefore()), now});
        }
        try {
            batch.batchUpdate(INSERT, rows);
        } catch (DuplicateKeyException raced) {
            // another instance queued some of them between the check and the insert: keep theirs
            batch.batchUpdate(INSERT + " on duplicate key update id = id", rows);
        }
    }

    private static final String INSERT = """
            insert into delivery (id, topic_key, recipient_id, channel, kind, campaign_id, assignment_id, params,
                                  status, not_before, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)""";

    private Set<String> queuedKeys(List<NewDelivery> deliveries) {
        Set<String> keys = new HashSet<>();
        List<String> topics = deliveries.stream().map(NewDelivery::topicKey).distinct().toList();
        for (int from = 0; from < topics.size(); from += 1_000) {
            jdbc.sql("select topic_key, recipient_id, channel from delivery where topic_key in (:topics)")
                    .param("topics", topics.subList(from, Math.min(from + 1_000, topics.size())))
                    .query(rs -> {
                        keys.add(key(rs.getString(1), UuidBytes.uuid(rs.getBytes(2)), rs.getString(3)));
                    });
        }
        return keys;
    }

    private static String key(String topic, UUID recipient, String channel) {
        return topic + "|" + recipient + "|" + channel;
    }

    /**
     * Claims up to {@code limit} due messages of one channel for this instance until {@code leaseUntil}. Read
     * committed, and through the (status, channel, not_before) index only, so a claim locks just the rows it takes.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Delivery> claim(String instance, Channel channel, int limit, Instant leaseUntil) {
        Object now = UtcTimes.of(clock.instant());
        List<Delivery> claimed = jdbc.sql("""
                select id, topic_key, recipient_id, channel, kind, campaign_id, assignment_id, params, attempts
                from delivery where status = 'PENDING' and channel = ? and not_before <= ?
                order by not_before limit ? for update skip locked
                """)
                .params(channel.name(), now, limit)
                .query((rs, row) -> new Delivery(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                        UuidBytes.uuid(rs.getBytes(3)), Channel.valueOf(rs.getString(4)), rs.getString(5),
                        UuidBytes.uuid(rs.getBytes(6)), UuidBytes.uuid(rs.getBytes(7)), json.readValue(rs.getString(8), PARAMS),
                        rs.getInt(9) + 1))
                .list();
        if (!claimed.isEmpty()) {
            jdbc.sql("update delivery set status = 'SENDING', claimed_by = :instance, claimed_until = :lease,"
                            + " attempts = attempts + 1 where id in (:ids)")
                    .param("instance", instance).param("lease", UtcTimes.of(leaseUntil))
                    .param("ids", claimed.stream().map(d -> UuidBytes.of(d.id())).toList())
                    .update();
        }
        return claimed;
    }

    /** Messages whose instance stopped before finishing them go back to the queue; @return how many */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public int releaseExpiredClaims() {
        return jdbc.sql("update delivery set status = 'PENDING', claimed_until = null"
                        + " where status = 'SENDING' and claimed_until < ?")
                .param(UtcTimes.of(clock.instant())).update();
    }

    /** Keeps the claims of a batch that takes a while (by id: other batches' rows are left alone). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void extendClaims(List<UUID> batch, Instant leaseUntil) {
        if (!batch.isEmpty()) {
            jdbc.sql("update delivery set claimed_until = :lease where id in (:ids) and status = 'SENDING'")
                    .param("lease", UtcTimes.of(leaseUntil))
                    .param("ids", batch.stream().map(UuidBytes::of).toList()).update();
        }
    }

    /** Claimed messages this instance will not handle (it is stopping) go back to the queue at once. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void unclaim(List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("update delivery set status = 'PENDING', claimed_until = null, attempts = attempts - 1"
                            + " where status = 'SENDING' and id in (:ids)")
                    .param("ids", ids.stream().map(UuidBytes::of).toList()).update();
        }
    }

    /** How one claimed message ended, to be recorded with others in one transaction. */
    public record Outcome(UUID id, String status, Instant notBefore, String providerId, String reason,
            boolean attemptCounts) {

        static Outcome sent(UUID id, String providerId) {
            return new Outcome(id, "SENT", null, providerId, null, true);
        }

        /** Back to the queue, not before the given time; the attempt counts. */
        static Outcome retryAt(UUID id, Instant notBefore, String reason) {
            return new Outcome(id, "PENDING", notBefore, null, reason, true);
        }

        /** Back to the queue without counting an attempt (quiet hours). */
        static Outcome postpone(UUID id, Instant notBefore) {
            return new Outcome(id, "PENDING", notBefore, null, null, false);
        }

        /** FAILED, SKIPPED or CANCELLED, with the reason. */
        static Outcome end(UUID id, String status, String reason) {
            return new Outcome(id, status, null, null, reason, true);
        }
    }

    /** Records outcomes together: one commit for many messages instead of one each. */
    @Transactional
    public void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        Object now = UtcTimes.of(clock.instant());
        List<Object[]> rows = new ArrayList<>(outcomes.size());
        for (Outcome o : outcomes) {
            rows.add(new Object[] {o.status(), o.notBefore() == null ? null : UtcTimes.of(o.notBefore()),
                    "SENT".equals(o.status()) ? now : null, o.providerId(), truncate(o.reason()),
                    o.attemptCounts() ? 0 : 1, UuidBytes.of(o.id())});
        }
        batch.batchUpdate("""
                update delivery set status = ?, not_before = coalesce(?, not_before), sent_at = ?, provider_id = ?,
                       last_error = ?, attempts = attempts - ?, claimed_until = null
                where id = ?
                """, rows);
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

}
