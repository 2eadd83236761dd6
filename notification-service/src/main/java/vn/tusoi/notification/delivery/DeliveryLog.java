package vn.tusoi.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** The delivery log's query: the newest 200 deliveries matching the filter, with the recipient's name. */
@Component
class DeliveryLog {

    /** What the log is narrowed to; every part optional. */
    record Filter(Optional<UUID> recipientId, Optional<UUID> campaignId, Optional<DeliveryStatus> status,
            Optional<Channel> channel, Optional<Instant> from, Optional<Instant> to) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    DeliveryLog(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    List<LoggedDelivery> search(Filter filter, Locale locale) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        filter.recipientId().ifPresent(id -> add(where, params, " and d.recipient_id = ?", UuidBytes.of(id)));
        filter.campaignId().ifPresent(id -> add(where, params, " and d.campaign_id = ?", UuidBytes.of(id)));
        filter.status().ifPresent(s -> add(where, params, " and d.status = ?", s.name()));
        filter.channel().ifPresent(c -> add(where, params, " and d.channel = ?", c.name()));
        filter.from().ifPresent(t -> add(where, params, " and d.created_at >= ?", UtcTimes.of(t)));
        filter.to().ifPresent(t -> add(where, params, " and d.created_at < ?", UtcTimes.of(t)));
        return jdbc.sql("""
                select d.id, d.recipient_id, m.full_name, d.channel, d.kind, d.campaign_id, d.assignment_id, d.status,
                       d.attempts, d.created_at, d.sent_at, d.report_status, d.last_error
                from delivery d left join org_member_replica m on m.id = d.recipient_id
                """ + where + " order by d.created_at desc, d.id desc limit 200")
                .params(params)
                .query((rs, row) -> new LoggedDelivery(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), UuidBytes.uuid(rs.getBytes(6)),
                        UuidBytes.uuid(rs.getBytes(7)), rs.getString(8), rs.getInt(9), UtcTimes.instant(rs, 10),
                        UtcTimes.instant(rs, 11), rs.getString(12), rs.getString(13),
                        DeliveryReason.describe(rs.getString(13), rs.getInt(9), messages, locale)))
                .list();
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        where.append(condition);
        params.add(value);
    }
}
