package vn.tusoi.notification.delivery;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl       where members act (the gateway), for the links in messages
 * @param mailFrom      the sender of emails
 * @param maxAttempts   tries per message before it is marked failed
 * @param retryBackoff  the first wait after a failure; it doubles each time, with jitter
 * @param claimLease    how long a claimed message stays with its instance before another may take it
 * @param batchSize     messages claimed at a time by one instance
 */
@ConfigurationProperties("tusoi.notifications")
public record NotificationProperties(URI baseUrl, String mailFrom, int maxAttempts, Duration retryBackoff,
        Duration claimLease, int batchSize, Sms sms) {

    /**
     * @param endpoint   the provider's send URL
     * @param brandName  the registered brand name shown as sender
     * @param quietFrom  no SMS from this time ...
     * @param quietUntil ... until this time (Asia/Ho_Chi_Minh)
     * @param maxLength  characters of an SMS without diacritics (one GSM segment: 160)
     * @param maxLengthWithDiacritics characters of an SMS that keeps them, for campaigns that choose so (UCS-2:
     *                   67 a segment when concatenated)
     * @param ratePerSecond the provider's limit (one instance at a time sends SMS)
     * @param concurrency requests waiting for the provider's answer at once (the rate is kept all the same)
     * @param callbackToken what the provider sends in {@code X-Callback-Token} with its delivery reports
     */
    public record Sms(URI endpoint, String apiKey, String brandName, LocalTime quietFrom, LocalTime quietUntil,
            int maxLength, int maxLengthWithDiacritics, int ratePerSecond, int concurrency,
            String callbackToken) {
    }
}
