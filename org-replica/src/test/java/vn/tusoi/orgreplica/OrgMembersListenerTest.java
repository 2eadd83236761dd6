package vn.tusoi.orgreplica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.test.TestClock;

class OrgMembersListenerTest extends ReplicaIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    OrgMemberReplica replica;

    final JsonMapper json = JsonMapper.builder().build();

    MemberChanged member(UUID id, long version, UUID home, List<MemberChanged.Position> positions) {
        return new MemberChanged(Ids.newId(), id, version, "Lê Thị Bản Sao", home, "/" + home + "/", "ACTIVE",
                "ban.sao@example.vn", "+84912000111", !positions.isEmpty(), false, positions, TestClock.startInstant());
    }

    void send(MemberChanged event) throws Exception {
        new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new ByteArraySerializer()))
                .send(Topics.ORG_MEMBERS, event.memberId().toString(), json.writeValueAsBytes(event)).get();
    }

    @Test
    void keepsTheNewestStateWithPositionsWhateverTheOrder() throws Exception {
        UUID id = Ids.newId();
        UUID firstCell = Ids.newId();
        UUID secondCell = Ids.newId();
        var secretary = new MemberChanged.Position(secondCell, "BI_THU", TestClock.today().minusYears(1), null);
        send(member(id, 0, firstCell, List.of()));
        send(member(id, 3, secondCell, List.of(secretary)));
        send(member(id, 1, firstCell, List.of())); // late
        send(member(id, 3, secondCell, List.of(secretary))); // again

        UUID marker = Ids.newId();
        send(member(marker, 0, firstCell, List.of()));
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.find(marker).isPresent());

        ReplicatedMember stored = replica.find(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.homeUnitId()).isEqualTo(secondCell);
        assertThat(stored.positions()).containsExactly(secretary);
        assertThat(stored.mobile()).isEqualTo("+84912000111");
        assertThat(stored.holdsLeadershipPost()).isTrue();
    }
}
