package vn.tusoi.platform.kafka;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends many events after a bulk change (an import, a campaign launch), in the same format and with the same
 * CloudEvents headers as the outbox. It is driven by one outbox event per bulk change, so a crash half-way
 * sends everything again: consumers must be idempotent (highest version, or event id), so a second copy changes
 * nothing.
 */
public class EventFanOut {

    /** One event to send: its key on the topic, envelope attributes and payload. */
    public record Outgoing(String key, UUID eventId, String type, Instant time, Object payload) {
    }

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;
    private final String source;

    /** @param source the CloudEvents source of this service, e.g. {@code /tusoi/org-service} */
    public EventFanOut(KafkaTemplate<String, byte[]> kafka, JsonMapper json, String source) {
        this.kafka = kafka;
        this.json = json;
        this.source = source;
    }

    /** Sends the events and returns once Kafka has acknowledged every one (or throws). */
    public void sendAll(String topic, List<Outgoing> events) {
        List<CompletableFuture<?>> sent = new ArrayList<>(events.size());
        for (Outgoing event : events) {
            RecordHeaders headers = new RecordHeaders();
            CloudEvents.headers(event.eventId(), source, event.type(), event.key(), event.time())
                    .forEach((name, value) -> headers.add(name, (byte[]) value));
            sent.add(kafka.send(new ProducerRecord<>(topic, null, event.key(), json.writeValueAsBytes(event.payload()),
                    headers)));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
    }
}
