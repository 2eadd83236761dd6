package vn.tusoi.notification;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.CampaignChanged;
import vn.tusoi.events.CloudEventHeaders;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.test.TestClock;

/** A review event that cannot be read goes to the dead-letter topic and the consumer carries on. */
class MalformedReviewEventTest extends NotificationIntegrationTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUnreadableEventIsParkedAndTheNextOneApplied() throws Exception {
        String key = "malformed-" + Ids.newId();
        ProducerRecord<String, byte[]> garbage = new ProducerRecord<>(Topics.REVIEW_EVENTS, key,
                "{not json".getBytes(UTF_8));
        garbage.headers().add(CloudEventHeaders.TYPE, CampaignChanged.TYPE.getBytes(UTF_8));
        kafka.send(garbage).get();
        UUID campaign = Ids.newId();
        ProducerRecord<String, byte[]> good = new ProducerRecord<>(Topics.REVIEW_EVENTS, campaign.toString(),
                json.writeValueAsBytes(new CampaignChanged(Ids.newId(), campaign, 1, Ids.newId(), "YEARLY",
                        "Kiểm điểm năm 2026", "LAUNCHED", List.of(), TestClock.startInstant(), null)));
        good.headers().add(CloudEventHeaders.TYPE, CampaignChanged.TYPE.getBytes(UTF_8));
        kafka.send(good).get();

        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from tracked_campaign where id = ?")
                .param(UuidBytes.of(campaign)).query(Long.class).single() == 1);
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "dlt-" + key, true);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            consumer.subscribe(List.of(Topics.REVIEW_EVENTS + Topics.DEAD_LETTER_SUFFIX));
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                boolean parked = false;
                for (var record : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1))) {
                    parked |= key.equals(record.key());
                }
                assertThat(parked).isTrue();
            });
        }
    }
}
