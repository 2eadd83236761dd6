package vn.tusoi.notification.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;

/** The delivery log for administrators: what went to whom, on which channel, when, and how it ended. */
@RestController
class DeliveryLogController {

    /**
     * One message as the log shows it (never its text: that is rebuilt from templates when sent).
     *
     * @param lastError as stored (a reason code, then what the other side said)
     * @param reason    the same in the reader's language
     */
    record LoggedDelivery(UUID id, UUID recipientId, String recipientName, String channel, String kind,
            UUID campaignId, UUID assignmentId, String status, int attempts, Instant createdAt, Instant sentAt,
            String reportStatus, String lastError, String reason) {
    }

    private final JdbcClient jdbc;
    private final MessageSource messages;

    DeliveryLogController(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @GetMapping("/api/notifications/deliveries")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Nhật ký gửi thông báo: người nhận, đợt, trạng thái, kênh, thời gian (mới nhất trước)")
    List<LoggedDelivery> search(@RequestParam Optional<UUID> recipientId, @RequestParam Optional<UUID> campaignId,
            @RequestParam Optional<String> status, @RequestParam Optional<Channel> channel,
            @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to, Locale locale) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> params = new ArrayList<>();
        recipientId.ifPresent(id -> add(where, params, " and d.recipient_id = ?", UuidBytes.of(id)));
        campaignId.ifPresent(id -> add(where, params, " and d.campaign_id = ?", UuidBytes.of(id)));
        status.map(DeliveryLogController::status)
                .ifPresent(s -> add(where, params, " and d.status = ?", s.name()));
        channel.ifPresent(c -> add(where, params, " and d.channel = ?", c.name()));
        from.ifPresent(t -> add(where, params, " and d.created_at >= ?", UtcTimes.of(t)));
        to.ifPresent(t -> add(where, params, " and d.created_at < ?", UtcTimes.of(t)));
        return jdbc.sql("""
                select d.id, d.recipient_id, m.full_name, d.channel, d.kind, d.campaign_id, d.assignment_id, d.status,
                       d.attempts, d.created_at, d.sent_at, d.report_status, d.last_error
                from delivery d left join org_member_replica m on m.id = d.recipient_id
                """ + where + " order by d.created_at desc, d.id desc limit 200")
                .params(params)
                .query((rs, row) -> new LoggedDelivery(UuidBytes.uuid(rs.getBytes(1)), UuidBytes.uuid(rs.getBytes(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), UuidBytes.uuid(rs.getBytes(6)), UuidBytes.uuid(rs.getBytes(7)),
                        rs.getString(8), rs.getInt(9), UtcTimes.instant(rs, 10), UtcTimes.instant(rs, 11),
                        rs.getString(12), rs.getString(13),
                        DeliveryReason.describe(rs.getString(13), rs.getInt(9), messages, locale)))
                .list();
    }

    private static void add(StringBuilder where, List<Object> params, String condition, Object value) {
        where.append(condition);
        params.add(value);
    }


    /** Read after the caller's rights are checked, so only administrators learn which statuses exist. */
    private static DeliveryStatus status(String name) {
        try {
            return DeliveryStatus.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw ApiException.badRequest("delivery.status.unknown", name,
                    Arrays.stream(DeliveryStatus.values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
