package vn.tusoi.org.unit;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.org.OrgServiceIntegrationTest;

/** A created unit leaves through the outbox: on org.units.v1, keyed by unit id, with CloudEvents headers. */
class UnitEventsTest extends OrgServiceIntegrationTest {

    @Autowired
    OrgUnitService service;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCreatedUnitIsPublishedOnceWithItsStateAndTheOutboxIsEmptied() throws Exception {
        var parent = service.createRoot("TEST-ROOT-EVENTS", "Tỉnh ủy Thử nghiệm", "TINH_UY");
        var created = service.createChild(parent.getId(), "TEST-XA-1", "Đảng ủy xã Thử", "DANG_UY_XA");

        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "unit-events-test", true);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.ORG_UNITS);
            List<ConsumerRecord<String, byte[]>> forUnit = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    if (record.key().equals(created.getId().toString())) {
                        forUnit.add(record);
                    }
                });
                assertThat(forUnit).hasSize(1);
            });

            ConsumerRecord<String, byte[]> record = forUnit.get(0);
            OrgUnitChanged event = JsonMapper.builder().build().readValue(record.value(), OrgUnitChanged.class);
            assertThat(event.unitId()).isEqualTo(created.getId());
            assertThat(event.parentId()).isEqualTo(parent.getId());
            assertThat(event.path()).isEqualTo("/" + parent.getId() + "/" + created.getId() + "/");
            assertThat(event.name()).isEqualTo("Đảng ủy xã Thử");
            assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(record, "ce_type")).isEqualTo(OrgUnitChanged.TYPE);
            assertThat(header(record, "ce_id")).isEqualTo(event.eventId().toString());
            assertThat(header(record, "ce_subject")).isEqualTo(created.getId().toString());
            assertThat(header(record, "ce_source")).isEqualTo("/tusoi/org-service");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.sql("select count(*) from event_publication").query(Long.class).single()).isZero());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        return new String(record.headers().lastHeader(name).value(), UTF_8);
    }
}
