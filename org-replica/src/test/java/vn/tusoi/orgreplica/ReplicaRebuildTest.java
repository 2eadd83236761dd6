package vn.tusoi.orgreplica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.test.TestClock;

/** An operator rebuilds a damaged replica from offset 0 and gets the newest state of everything back. */
class ReplicaRebuildTest extends ReplicaIntegrationTest {

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    OrgUnitReplica units;

    @Autowired
    OrgMemberReplica members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final JsonMapper json = JsonMapper.builder().build();

    void send(String topic, UUID key, Object event) throws Exception {
        new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(KafkaTestUtils.producerProps(broker),
                new StringSerializer(), new ByteArraySerializer()))
                .send(topic, key.toString(), json.writeValueAsBytes(event)).get();
    }

    OrgUnitChanged unit(UUID id, long version, String name) {
        return new OrgUnitChanged(Ids.newId(), id, version, "RB-" + id, name, "CHI_BO_CO_SO", null, "/" + id + "/",
                "ACTIVE", TestClock.startInstant());
    }

    @Test
    void aDamagedReplicaIsRebuiltFromTheBeginningOfTheTopics() throws Exception {
        UUID unitId = Ids.newId();
        UUID memberId = Ids.newId();
        send(Topics.ORG_UNITS, unitId, unit(unitId, 0, "Chi bộ gốc"));
        send(Topics.ORG_UNITS, unitId, unit(unitId, 2, "Chi bộ đổi tên"));
        send(Topics.ORG_MEMBERS, memberId, new MemberChanged(Ids.newId(), memberId, 1, "Đặng Văn Dựng", unitId,
                "/" + unitId + "/", "ACTIVE", null, null, false, false, List.of(), TestClock.startInstant()));
        await().atMost(Duration.ofSeconds(30)).until(() -> members.find(memberId).isPresent()
                && units.find(unitId).map(ReplicatedUnit::version).orElse(-1L) == 2);

        jdbc.sql("update org_unit_replica set name = 'hỏng', version = 99 where id = ?").param(UuidBytes.of(unitId))
                .update();
        jdbc.sql("delete from org_member_replica where id = ?").param(UuidBytes.of(memberId)).update();

        mvc.perform(post("/api/test/org-replica/rebuild")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_member"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/test/org-replica/rebuild")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"))))
                .andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get("/api/test/org-replica/rebuild")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.state")
                        .value("DONE")));
        ReplicatedUnit rebuilt = units.find(unitId).orElseThrow();
        assertThat(rebuilt.version()).isEqualTo(2);
        assertThat(rebuilt.name()).isEqualTo("Chi bộ đổi tên");
        assertThat(members.find(memberId)).hasValueSatisfying(m -> assertThat(m.fullName()).isEqualTo("Đặng Văn Dựng"));
    }
}
