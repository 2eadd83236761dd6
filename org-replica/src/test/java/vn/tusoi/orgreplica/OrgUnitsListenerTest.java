package vn.tusoi.orgreplica;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.id.Ids;

class OrgUnitsListenerTest extends ReplicaIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    OrgUnitReplica replica;

    final JsonMapper json = JsonMapper.builder().build();

    KafkaTemplate<String, byte[]> producer() {
        Map<String, Object> props = KafkaTestUtils.producerProps(broker);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(props, new StringSerializer(),
                new ByteArraySerializer()));
    }

    OrgUnitChanged unit(UUID id, long version, String name) {
        return new OrgUnitChanged(Ids.newId(), id, version, "CODE-" + id, name, "CHI_BO_CO_SO", null,
                "/" + id + "/", "ACTIVE", Instant.parse("2026-11-27T03:00:00Z"));
    }

    void send(OrgUnitChanged event) throws Exception {
        producer().send(Topics.ORG_UNITS, event.unitId().toString(), json.writeValueAsBytes(event)).get();
    }

    @Test
    void keepsTheNewestVersionWhateverTheOrderAndHowOftenEventsArrive() throws Exception {
        UUID id = Ids.newId();
        send(unit(id, 0, "Chi bộ A"));
        send(unit(id, 2, "Chi bộ A (đổi tên lần 2)"));
        send(unit(id, 1, "Chi bộ A (đổi tên lần 1)")); // late, older
        send(unit(id, 2, "Chi bộ A (đổi tên lần 2)")); // redelivered

        UUID marker = Ids.newId();
        send(unit(marker, 0, "Đánh dấu"));
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(marker).isPresent());

        ReplicatedUnit stored = replica.find(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.name()).isEqualTo("Chi bộ A (đổi tên lần 2)");
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheConsumerGoesOn() throws Exception {
        String badKey = Ids.newId().toString();
        producer().send(new ProducerRecord<>(Topics.ORG_UNITS, badKey, "{not json".getBytes(UTF_8))).get();
        UUID next = Ids.newId();
        send(unit(next, 0, "Sau bản tin hỏng"));

        await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(next).isPresent());

        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-reader", true);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.ORG_UNITS + Topics.DEAD_LETTER_SUFFIX);
            var record = KafkaTestUtils.getSingleRecord(consumer, Topics.ORG_UNITS + Topics.DEAD_LETTER_SUFFIX,
                    Duration.ofSeconds(30));
            assertThat(record.key()).isEqualTo(badKey);
            assertThat(new String(record.value(), UTF_8)).isEqualTo("{not json");
            assertThat(record.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        }
    }
}
