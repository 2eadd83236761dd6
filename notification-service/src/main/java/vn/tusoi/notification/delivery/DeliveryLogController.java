package vn.tusoi.notification.delivery;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import vn.tusoi.platform.web.ApiException;

/** The delivery log for administrators: what went to whom, on which channel, when, and how it ended. */
@RestController
class DeliveryLogController {

    private final DeliveryLog log;

    DeliveryLogController(DeliveryLog log) {
        this.log = log;
    }

    @GetMapping("/api/notifications/deliveries")
    @PreAuthorize("hasRole('system-admin')")
    @Operation(summary = "Nhật ký gửi thông báo: người nhận, đợt, trạng thái, kênh, thời gian (mới nhất trước)")
    List<LoggedDelivery> search(@RequestParam Optional<UUID> recipientId, @RequestParam Optional<UUID> campaignId,
            @RequestParam Optional<String> status, @RequestParam Optional<Channel> channel,
            @RequestParam Optional<Instant> from, @RequestParam Optional<Instant> to, Locale locale) {
        return log.search(new DeliveryLog.Filter(recipientId, campaignId, status.map(DeliveryLogController::status),
                channel, from, to), locale);
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
