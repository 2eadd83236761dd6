package vn.tusoi.notification.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.tusoi.platform.security.PublicPaths;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.web.ApiException;

/**
 * The SMS provider's delivery reports: whether a message it accepted reached the handset. The provider calls
 * without a user's token; the shared callback token stands in for one. A report repeated by the provider changes
 * nothing more.
 */
@RestController
class SmsDeliveryReportController {

    static final String PATH = "/api/notifications/sms/delivery-reports";

    /** How providers name the end of a message, and what it means here. */
    private static final Map<String, String> OUTCOMES = Map.of(
            "DELIVERED", "DELIVERED",
            "FAILED", "UNDELIVERED",
            "UNDELIVERED", "UNDELIVERED",
            "EXPIRED", "UNDELIVERED",
            "REJECTED", "UNDELIVERED");

    /** @param requestId the delivery id sent as the request id */
    record DeliveryReport(@NotNull UUID requestId, @Size(max = 100) String messageId,
            @NotBlank @Size(max = 32) String status, @Size(max = 200) String errorCode) {
    }

    private final JdbcClient jdbc;
    private final NotificationProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    SmsDeliveryReportController(JdbcClient jdbc, NotificationProperties properties, MeterRegistry meters,
            Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    @Bean
    static PublicPaths smsDeliveryReportPath() {
        return PublicPaths.of(PATH);
    }

    @PostMapping(PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Báo cáo phát tin SMS từ nhà cung cấp (xác thực bằng X-Callback-Token)")
    void report(@RequestHeader(name = "X-Callback-Token", required = false) String token,
            @Valid @RequestBody DeliveryReport report) {
        if (!isExpected(token)) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "sms.report.unauthorized");
        }
        String outcome = OUTCOMES.get(report.status().trim().toUpperCase(Locale.ROOT));
        if (outcome == null) {
            throw ApiException.badRequest("sms.report.status-unknown", report.status(),
                    String.join(", ", OUTCOMES.keySet().stream().sorted().toList()));
        }
        int updated = jdbc.sql("""
                update delivery set report_status = ?, reported_at = coalesce(reported_at, ?),
                       last_error = if(? = 'UNDELIVERED', ?, last_error)
                where id = ? and channel = 'SMS' and status = 'SENT'
                """)
                .params(outcome, UtcTimes.of(clock.instant()), outcome,
                        DeliveryReason.NOT_DELIVERED.stored(report.status() + (report.errorCode() == null ? ""
                                : " " + report.errorCode())),
                        UuidBytes.of(report.requestId()))
                .update();
        if (updated == 0) {
            throw ApiException.notFound("sms.report.not-found", report.requestId());
        }
        meters.counter("tusoi.notifications.sms.reports", "outcome", outcome).increment();
    }

    /** Compared in constant time; with no token configured every report is refused. */
    private boolean isExpected(String token) {
        String expected = properties.sms().callbackToken();
        return expected != null && !expected.isBlank() && token != null
                && MessageDigest.isEqual(expected.getBytes(UTF_8), token.getBytes(UTF_8));
    }
}
