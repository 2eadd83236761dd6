package vn.tusoi.notification.delivery;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/**
 * SMS through a brand-name provider's HTTP API, in the shape Vietnamese providers use: the delivery id as the
 * request id (the provider drops a repeated one), the brand name as sender, HTTP 429 with the time to wait.
 */
@Component
class SmsSender implements ChannelSender {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(15);

    private static final long CATCH_UP_NANOS = 250_000_000L;

    private final RestClient http;
    private long nextSlot = System.nanoTime();
    private final NotificationProperties properties;
    private final Clock clock;

    SmsSender(NotificationProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // a provider that hangs must not hold the dispatcher: connections and answers have time limits; connections
        // are pooled for the requests in flight at once
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build());
        requests.setReadTimeout(READ_TIMEOUT);
        this.http = RestClient.builder().requestFactory(requests).baseUrl(properties.sms().endpoint().toString())
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public SendResult send(Delivery delivery, Recipient recipient, Message message) {
        if (recipient.mobile() == null || recipient.mobile().isBlank()) {
            return new SendResult.Skipped(DeliveryReason.NO_MOBILE.stored());
        }
        pace();
        try {
            Map<?, ?> answer = http.post()
                    .header("Authorization", "Bearer " + properties.sms().apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("requestId", delivery.id().toString(), "phone", recipient.mobile(),
                            "brandName", properties.sms().brandName(), "message", message.sms()))
                    .retrieve().body(Map.class);
            Object messageId = answer == null ? null : answer.get("messageId");
            return new SendResult.Sent(messageId == null ? null : messageId.toString());
        } catch (RestClientResponseException refused) {
            return refusal(refused);
        } catch (ResourceAccessException unreachable) {
            return new SendResult.Retry(DeliveryReason.PROVIDER_UNREACHABLE.stored(unreachable.getMessage()), null);
        }
    }

    /**
     * Spaces requests at the provider's rate (one instance at a time sends SMS, see {@link DispatchLease}). Time lost
     * between messages (other channels, the database) is made up within a quarter of a second, so the rate holds
     * without bursts the provider would refuse.
     */
    private synchronized void pace() {
        long interval = 1_000_000_000L / Math.max(1, properties.sms().ratePerSecond());
        long now = System.nanoTime();
        long slot = Math.max(now - CATCH_UP_NANOS, nextSlot);
        nextSlot = slot + interval;
        if (slot > now) {
            try {
                TimeUnit.NANOSECONDS.sleep(slot - now);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private SendResult refusal(RestClientResponseException refused) {
        HttpStatusCode status = refused.getStatusCode();
        String reason = DeliveryReason.PROVIDER_REFUSED.stored(Integer.toString(status.value()));
        if (status.value() == 429) {
            return new SendResult.Retry(reason, retryAfter(refused));
        }
        if (status.is5xxServerError()) {
            return new SendResult.Retry(reason, null);
        }
        return new SendResult.Failed(reason + ": " + refused.getResponseBodyAsString());
    }

    /** {@code Retry-After} in seconds, else {@code X-RateLimit-Reset} as epoch seconds, else none. */
    private Instant retryAfter(RestClientResponseException refused) {
        var headers = refused.getResponseHeaders();
        if (headers == null) {
            return null;
        }
        try {
            String after = headers.getFirst("Retry-After");
            if (after != null) {
                return clock.instant().plus(Duration.ofSeconds(Long.parseLong(after.trim())));
            }
            String reset = headers.getFirst("X-RateLimit-Reset");
            if (reset != null) {
                return Instant.ofEpochSecond(Long.parseLong(reset.trim()));
            }
        } catch (NumberFormatException unreadable) {
            return null;
        }
        return null;
    }
}
