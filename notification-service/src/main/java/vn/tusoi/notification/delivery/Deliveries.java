package vn.tusoi.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
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
        Object now = UtcTimes.of(clock.instant());
        List<Object[]> rows = new ArrayList<>(deliveries.size());
        for (NewDelivery d : deliveries) {
            rows.add(new Object[] {UuidBytes.of(Ids.newId()), d.topicKey(), UuidBytes.of(d.recipientId()),
                    d.channel().name(), d.kind(), bytes(d.campaignId()), bytes(d.assignmentId()),
                    json.writeValueAsString(d.params()), UtcTimes.of(d.notBefore()), now});
        }
        batch.batchUpdate("""
                insert into delivery (id, topic_key, recipient_id, channel, kind, campaign_id, assignment_id, params,
                                      status, not_before, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                on duplicate key update id = id
                """, rows);
    }

    /** Claims up to {@code limit} due messages for this instance until {@code leaseUntil}. */
    @Transactional
    public List<Delivery> claim(String instance, int limit, Instant leaseUntil) {
        Object now = UtcTimes.of(clock.instant());
        List<Delivery> claimed = jdbc.sql("""
                select id, topic_key, recipient_id, channel, kind, campaign_id, assignment_id, params, attempts
                from delivery
                where (status = 'PENDING' and not_before <= ?) or (status = 'SENDING' and claimed_until < ?)
                order by not_before limit ? for update skip locked
                """)
                .params(now, now, limit)
                .query((rs, row) -> new Delivery(UuidBytes.uuid(rs.getBytes(1)), rs.getString(2),
                        UuidBytes.uuid(rs.getBytes(3)), Channel.valueOf(rs.getString(4)), rs.getString(5),
                        uuid(rs.getBytes(6)), uuid(rs.getBytes(7)), json.readValue(rs.getString(8), PARAMS),
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

    public void sent(UUID id, String providerId) {
        jdbc.sql("update delivery set status = 'SENT', sent_at = ?, provider_id = ?, claimed_until = null,"
                        + " last_error = null where id = ?")
                .params(UtcTimes.of(clock.instant()), providerId, UuidBytes.of(id)).update();
    }

    /** Back to the queue, not before the given time; the attempt counts. */
    public void retryAt(UUID id, Instant notBefore, String reason) {
        jdbc.sql("update delivery set status = 'PENDING', not_before = ?, claimed_until = null, last_error = ?"
                        + " where id = ?")
                .params(UtcTimes.of(notBefore), truncate(reason), UuidBytes.of(id)).update();
    }

    /** Back to the queue without counting an attempt (quiet hours). */
    public void postpone(UUID id, Instant notBefore) {
        jdbc.sql("update delivery set status = 'PENDING', not_before = ?, claimed_until = null,"
                        + " attempts = attempts - 1 where id = ?")
                .params(UtcTimes.of(notBefore), UuidBytes.of(id)).update();
    }

    /** Ends the message as FAILED, SKIPPED or CANCELLED, with the reason. */
    public void end(UUID id, String status, String reason) {
        jdbc.sql("update delivery set status = ?, claimed_until = null, last_error = ? where id = ?")
                .params(status, truncate(reason), UuidBytes.of(id)).update();
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000);
    }

    private static byte[] bytes(UUID id) {
        return id == null ? null : UuidBytes.of(id);
    }

    private static UUID uuid(byte[] bytes) {
        return bytes == null ? null : UuidBytes.uuid(bytes);
    }
}
