package vn.tusoi.platform.kafka;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import vn.tusoi.events.CloudEventHeaders;

/**
 * CloudEvents 1.0 attributes as Kafka headers. Values are bytes so the header mapper writes them as they are
 * (a String would be JSON-quoted).
 */
public final class CloudEvents {

    private CloudEvents() {
    }

    public static Map<String, Object> headers(UUID id, String source, String type, String subject, Instant time) {
        return Map.of(
                CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0),
                CloudEventHeaders.ID, bytes(id.toString()),
                CloudEventHeaders.SOURCE, bytes(source),
                CloudEventHeaders.TYPE, bytes(type),
                CloudEventHeaders.SUBJECT, bytes(subject),
                CloudEventHeaders.TIME, bytes(time.toString()),
                CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
    }

    private static byte[] bytes(String value) {
        return value.getBytes(UTF_8);
    }
}
