package vn.tusoi.org.member;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.tusoi.org.DemoCallers.ADMIN;
import static vn.tusoi.org.DemoCallers.MEMBER;
import static vn.tusoi.org.DemoCallers.SECRETARY;
import static vn.tusoi.org.DemoCallers.SUPERIOR;
import static vn.tusoi.org.DemoCallers.caller;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.org.OrgServiceIntegrationTest;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.test.TestClock;

/** Members on the demo province: who finds whom, what personal data shows, enrolment and transfer. */
class MemberApiTest extends OrgServiceIntegrationTest {

    static final LocalDate TODAY = TestClock.today();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    TestClock clock;

    @Autowired
    vn.tusoi.platform.audit.ReadAudit readAudit;

    @org.junit.jupiter.api.AfterEach
    void backToToday() {
        clock.reset();
    }

    UUID unitId(String code) {
        return UuidBytes.uuid(jdbc.sql("select id from org_unit where code = ?").param(code).query(byte[].class)
                .single());
    }

    String newMember(String name, String card, String unitCode, String mobile) {
        return """
                {"fullName": "%s", "homeUnitId": "%s", "dateOfBirth": "1980-05-17", "gender": "FEMALE",
                 "partyCardNumber": "%s", "citizenId": "0%s1", "joinedOn": "2005-03-26",
                 "officialOn": "2006-03-26", "email": "a@example.vn", "mobile": "%s"}
                """.formatted(name, unitId(unitCode), card, card + "0000".substring(0, 10 - card.length()), mobile);
    }

    @Test
    void nameSearchIgnoresDiacriticsAndCaseWithinWhatTheCallerLeads() throws Exception {
        mvc.perform(get("/api/org/members").param("name", "nguyen thi HUONG").with(caller(SUPERIOR, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '%s')].fullName".formatted(SECRETARY))
                        .value("Nguyễn Thị Hương"));
        mvc.perform(get("/api/org/members").with(caller(SECRETARY, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(9))
                .andExpect(jsonPath("$.items[*].homeUnitId", everyItem(
                        org.hamcrest.Matchers.is(unitId("DU-P-DT-CB1").toString()))))
                .andExpect(jsonPath("$.items[0].personal").doesNotExist());
        mvc.perform(get("/api/org/members").with(caller(MEMBER, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/org/members").param("unitId", unitId("DU-X-AH").toString())
                        .with(caller(SECRETARY, "member")))
                .andExpect(status().isNotFound());
    }

    @Test
    void personalDataShowsOnlyToTheMemberAndToThoseWhoMaintainTheirUnit() throws Exception {
        mvc.perform(get("/api/org/members/{id}", MEMBER).with(caller(MEMBER, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personal.partyCardNumber").isNotEmpty());
        mvc.perform(get("/api/org/members/{id}", MEMBER).with(caller(SECRETARY, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Trần Văn Minh"))
                .andExpect(jsonPath("$.personal").doesNotExist());
        mvc.perform(get("/api/org/members/{id}", MEMBER).with(caller(ADMIN, "member", "org-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personal.mobile").value(org.hamcrest.Matchers.startsWith("+849")));
        mvc.perform(get("/api/org/members/{id}", SECRETARY).with(caller(MEMBER, "member")))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdministratorEnrolsAMemberWithANormalisedMobileAndFindsThemByCardNumber() throws Exception {
        mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Đỗ Thị Ánh Tuyết", "12345601", "DU-X-TP-CB2", "0912 345 678")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.personal.mobile").value("+84912345678"));
        mvc.perform(get("/api/org/members").param("partyCardNumber", "12345601").with(caller(ADMIN, "org-admin")))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].fullName").value("Đỗ Thị Ánh Tuyết"));
        mvc.perform(get("/api/org/members").param("name", "do thi anh tuyet").with(caller(ADMIN, "org-admin")))
                .andExpect(jsonPath("$.totalElements").value(1));

        mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Người Trùng Thẻ", "12345601", "DU-X-TP-CB2", "0912345679")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Số thẻ đảng viên 12345601 đã có trong hệ thống."));
    }

    @Test
    void badMemberDataIsRefusedAndNothingIsStored() throws Exception {
        long before = jdbc.sql("select count(*) from member").query(Long.class).single();
        mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Sai Số Máy", "12345602", "DU-X-TP-CB2", "024 3912 3456")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("024 3912 3456")));
        mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\": \"X\", \"homeUnitId\": \"%s\", \"citizenId\": \"123\"}"
                                .formatted(unitId("DU-X-TP-CB2"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("citizenId"));
        mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Sai Đơn Vị", "12345603", "DU-X-TP", "0912345670")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(
                        "Đảng viên sinh hoạt tại chi bộ; \"Đảng ủy xã Tân Phú\" không phải là chi bộ."));
        mvc.perform(post("/api/org/members").with(caller(SECRETARY, "member", "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Ngoài Phạm Vi", "12345604", "DU-P-DT-CB1", "0912345671")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from member").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void rightsFollowPositionsAtTheTimeOfTheAction() throws Exception {
        String created = mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Bùi Văn Phó", "12345606", "DU-P-BS-CB3", "0977000111")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID deputy = UUID.fromString(JsonMapper.builder().build().readTree(created).path("id").asString());
        mvc.perform(get("/api/org/members").with(caller(deputy, "member")))
                .andExpect(jsonPath("$.totalElements").value(0));

        String appointed = mvc.perform(post("/api/org/members/{id}/positions", deputy)
                        .with(caller(ADMIN, "system-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": \"%s\", \"title\": \"PHO_BI_THU\", \"validFrom\": \"%s\"}"
                                .formatted(unitId("DU-P-BS-CB3"), TODAY.minusMonths(11))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID positionId = UUID.fromString(JsonMapper.builder().build().readTree(appointed).path("id").asString());
        mvc.perform(get("/api/org/members").with(caller(deputy, "member")))
                .andExpect(jsonPath("$.totalElements").value(10));

        mvc.perform(post("/api/org/members/{id}/positions/{pid}/end", deputy, positionId)
                        .with(caller(ADMIN, "org-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validTo\": \"%s\"}".formatted(TODAY.minusMonths(11).minusDays(1))))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/org/members/{id}/positions/{pid}/end", deputy, positionId)
                        .with(caller(ADMIN, "org-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validTo\": \"%s\"}".formatted(TODAY.minusMonths(5))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.validTo").value(TODAY.minusMonths(5).toString()));
        mvc.perform(get("/api/org/members").with(caller(deputy, "member")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/org/members/{id}/positions", deputy).with(caller(ADMIN, "org-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(positionId.toString()))
                .andExpect(jsonPath("$[0].title").value("PHO_BI_THU"))
                .andExpect(jsonPath("$[0].unitName").isNotEmpty())
                .andExpect(jsonPath("$[0].validTo").value(TODAY.minusMonths(5).toString()));
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by occurred_at")
                .param(UuidBytes.of(deputy)).query(String.class).list())
                .containsExactly("ENROL", "APPOINT", "END_POSITION");
    }

    @Test
    void aMemberWhoLeavesHoldsNoPositionAndNoRightsAfterwards() throws Exception {
        String created = mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Hoàng Văn Đi", "12345607", "DU-X-TP-CB3", "0977000222")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID leaving = UUID.fromString(JsonMapper.builder().build().readTree(created).path("id").asString());
        mvc.perform(post("/api/org/members/{id}/positions", leaving).with(caller(ADMIN, "system-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\": \"%s\", \"title\": \"CAP_UY_VIEN\", \"validFrom\": \"%s\"}"
                                .formatted(unitId("DU-X-TP-CB3"), TODAY.minusYears(1))))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/org/members").with(caller(leaving, "member")))
                .andExpect(jsonPath("$.totalElements").value(org.hamcrest.Matchers.greaterThan(0)));

        String today = TODAY.toString();
        mvc.perform(post("/api/org/members/{id}/status", leaving).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"ACTIVE\", \"on\": \"%s\"}".formatted(today)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/org/members/{id}/status", leaving).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"TRANSFERRED\", \"on\": \"%s\"}".formatted(today)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("TRANSFERRED"));
        mvc.perform(post("/api/org/members/{id}/status", leaving).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"LEFT\", \"on\": \"%s\"}".formatted(today)))
                .andExpect(status().isConflict());

        mvc.perform(get("/api/org/members").with(caller(leaving, "member")))
                .andExpect(jsonPath("$.totalElements").value(0));
        assertThat(jdbc.sql("select count(*) from unit_position where member_id = ? and valid_to is null")
                .param(UuidBytes.of(leaving)).query(Long.class).single()).isZero();
    }

    @Test
    void aNameTypedDecomposedIsStoredPrecomposedAndFoundAsTheSameName() throws Exception {
        String precomposed = "Đỗ Thị Hường";
        String decomposed = java.text.Normalizer.normalize(precomposed, java.text.Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(precomposed);
        mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember(decomposed, "12345630", "DU-X-TP-CB2", "0977000555")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName").value(precomposed));
        assertThat(jdbc.sql("select full_name from member where party_card_number = '12345630'")
                .query(String.class).single()).isEqualTo(precomposed);
        mvc.perform(get("/api/org/members").param("name", decomposed).with(caller(ADMIN, "org-admin")))
                .andExpect(jsonPath("$.items[?(@.fullName == '" + precomposed + "')]").exists());
    }

    @Test
    void readingSomeoneElsesPersonalDataIsAuditedForSystemAdministratorsAndKeptForTheRetention() throws Exception {
        String reads = "select count(*) from read_audit where entity_id = ? and what = 'MEMBER_PERSONAL'";
        long before = jdbc.sql(reads).param(UuidBytes.of(MEMBER)).query(Long.class).single();
        mvc.perform(get("/api/org/members/{id}", MEMBER).with(caller(MEMBER, "member")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.personal").exists());
        assertThat(jdbc.sql(reads).param(UuidBytes.of(MEMBER)).query(Long.class).single())
                .as("one's own record").isEqualTo(before);
        mvc.perform(get("/api/org/members/{id}", MEMBER).with(caller(ADMIN, "org-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.personal").exists());
        assertThat(jdbc.sql(reads).param(UuidBytes.of(MEMBER)).query(Long.class).single()).isEqualTo(before + 1);

        mvc.perform(get("/api/org/audit/reads").param("entityId", MEMBER.toString())
                        .with(caller(UUID.randomUUID(), "system-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actor").value("kc-" + ADMIN))
                .andExpect(jsonPath("$[0].actorMember").value(ADMIN.toString()))
                .andExpect(jsonPath("$[0].what").value("MEMBER_PERSONAL"));
        mvc.perform(get("/api/org/audit/reads").param("entityId", MEMBER.toString())
                .with(caller(ADMIN, "org-admin"))).andExpect(status().isForbidden());

        // kept for 400 days, then deleted by the nightly purge
        clock.set(TODAY.plusDays(399).atTime(2, 40));
        readAudit.purge();
        assertThat(jdbc.sql(reads).param(UuidBytes.of(MEMBER)).query(Long.class).single()).isEqualTo(before + 1);
        clock.set(TODAY.plusDays(402).atTime(2, 40));
        readAudit.purge();
        assertThat(jdbc.sql(reads).param(UuidBytes.of(MEMBER)).query(Long.class).single()).isZero();
    }

    @Test
    void nobodyAppointsThemselvesAndLeadershipComesFromTheSuperiorCommittee() throws Exception {
        UUID commune = unitId("DU-X-TP");
        UUID cell = unitId("DU-X-TP-CB2");
        UUID leader = enrol("Lê Văn Trưởng", "12345620", "DU-X-TP-CB1", "0977000333");
        UUID deputy = enrol("Phạm Thị Phó", "12345621", "DU-X-TP-CB2", "0977000444");
        long positionsBefore = jdbc.sql("select count(*) from unit_position").query(Long.class).single();

        // the province's org administrator keeps the data; leadership and the organization body are not theirs
        for (String title : List.of("ORG_BODY", "THUONG_VU", "ORG_ADMIN")) {
            appoint(caller(ADMIN, "org-admin"), ADMIN, commune, title).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Không ai được tự bổ nhiệm mình vào một chức vụ."));
        }
        for (String title : List.of("ORG_BODY", "THUONG_VU", "PHO_BI_THU", "CAP_UY_VIEN")) {
            appoint(caller(ADMIN, "org-admin"), deputy, commune, title).andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("Chức vụ lãnh đạo và cán bộ ban tổ chức của"
                            + " \"Đảng ủy xã Tân Phú\" do cấp ủy cấp trên hoặc quản trị viên hệ thống bổ nhiệm."));
        }
        appoint(caller(ADMIN, "system-admin"), ADMIN, commune, "ORG_BODY").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from unit_position").query(Long.class).single())
                .isEqualTo(positionsBefore);

        // a system administrator records the xã's phó bí thư, who acts as the superior committee of its chi bộ
        appoint(caller(ADMIN, "system-admin"), leader, commune, "PHO_BI_THU").andExpect(status().isCreated());
        appoint(caller(leader, "member"), deputy, cell, "PHO_BI_THU").andExpect(status().isCreated());
        appoint(caller(leader, "member"), deputy, commune, "ORG_BODY").andExpect(status().isForbidden());
        appoint(caller(leader, "member"), leader, cell, "CAP_UY_VIEN").andExpect(status().isForbidden());
        // the chi bộ's new phó bí thư is not above the chi bộ
        appoint(caller(deputy, "member"), leader, cell, "CAP_UY_VIEN").andExpect(status().isForbidden());
        // the data's administration is still given by an administrator over the unit
        appoint(caller(ADMIN, "org-admin"), deputy, cell, "ORG_ADMIN").andExpect(status().isCreated());
        assertThat(jdbc.sql("select count(*) from unit_position").query(Long.class).single())
                .isEqualTo(positionsBefore + 3);
    }

    UUID enrol(String name, String card, String cellCode, String mobile) throws Exception {
        String created = mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(newMember(name, card, cellCode, mobile)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonMapper.builder().build().readTree(created).path("id").asString());
    }

    org.springframework.test.web.servlet.ResultActions appoint(
            org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                    .JwtRequestPostProcessor by, UUID memberId, UUID unitId, String title) throws Exception {
        return mvc.perform(post("/api/org/members/{id}/positions", memberId).with(by)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"unitId\": \"%s\", \"title\": \"%s\", \"validFrom\": \"%s\"}"
                        .formatted(unitId, title, TODAY.minusMonths(1))));
    }

    @Test
    void aUnitHasOneSecretary() throws Exception {
        String body = "{\"unitId\": \"%s\", \"title\": \"BI_THU\", \"validFrom\": \"%s\"}"
                .formatted(unitId("DU-P-DT-CB1"), TODAY.minusMonths(11));
        mvc.perform(post("/api/org/members/{id}/positions", MEMBER).with(caller(ADMIN, "system-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/org/members/{id}/positions", MEMBER).with(caller(SECRETARY, "member", "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/org/members/{id}/positions", MEMBER).with(caller(SECRETARY, "member"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSecretarysPublishedStateCarriesTheirPosition() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "members-" + UUID.randomUUID(), true);
        JsonMapper json = JsonMapper.builder().build();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.ORG_MEMBERS);
            List<MemberChanged> secretary = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    if (record.key().equals(SECRETARY.toString())) {
                        secretary.add(json.readValue(new String(record.value(), UTF_8), MemberChanged.class));
                    }
                });
                MemberChanged newest = secretary.stream()
                        .max(java.util.Comparator.comparingLong(MemberChanged::version)).orElseThrow();
                assertThat(newest.positions()).extracting(MemberChanged.Position::title).containsExactly("BI_THU");
                assertThat(secretary.stream().filter(e -> e.version() == newest.version())).hasSize(1);
            });
        }
    }

    @Test
    void aTransferKeepsHistoryIsAuditedAndPublished() throws Exception {
        String created = mvc.perform(post("/api/org/members").with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newMember("Vũ Minh Chuyển", "12345605", "DU-X-AH-CB1", "0987654321")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        UUID memberId = UUID.fromString(JsonMapper.builder().build().readTree(created).path("id").asString());
        UUID target = unitId("DU-X-AH-CB2");

        mvc.perform(post("/api/org/members/{id}/transfer", memberId).with(caller(ADMIN, "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toUnitId\": \"%s\", \"transferredOn\": \"%s\"}".formatted(target, TODAY.minusMonths(1))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.homeUnitId").value(target.toString()));

        assertThat(jdbc.sql("select count(*) from member_transfer where member_id = ? and to_unit_id = ?")
                .params(UuidBytes.of(memberId), UuidBytes.of(target)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select action from audit_entry where entity_id = ? order by occurred_at")
                .param(UuidBytes.of(memberId)).query(String.class).list()).containsExactly("ENROL", "TRANSFER");

        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "members-" + UUID.randomUUID(), true);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.ORG_MEMBERS);
            List<MemberChanged> mine = new ArrayList<>();
            JsonMapper json = JsonMapper.builder().build();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    if (record.key().equals(memberId.toString())) {
                        mine.add(json.readValue(new String(record.value(), UTF_8), MemberChanged.class));
                    }
                });
                assertThat(mine).extracting(MemberChanged::homeUnitId).contains(target);
            });
            MemberChanged last = mine.get(mine.size() - 1);
            assertThat(last.homeUnitPath()).endsWith(target + "/");
            assertThat(last.mobile()).isEqualTo("+84987654321");
            assertThat(last.version()).isGreaterThan(mine.get(0).version());
        }
    }
}
