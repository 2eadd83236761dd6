package vn.tusoi.review.campaign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.security.Caller;
import vn.tusoi.review.ReviewServiceIntegrationTest;
import vn.tusoi.review.TestDays;
import vn.tusoi.review.template.NewTemplateVersion;
import vn.tusoi.review.template.TemplateCatalog;

/** Setting up a campaign: who may, deadlines that cascade on working days, template versions pinned. */
class CampaignApiTest extends ReviewServiceIntegrationTest {

    static final LocalDate COMMUNE_DUE = TestDays.COMMUNE_DUE;
    static final LocalDate CELL_DUE = TestDays.CELL_DUE;
    static final LocalDate CHI_BO_GROUP_DUE = TestDays.workingDaysAfterToday(2);

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    OrgUnitReplica units;

    @Autowired
    OrgMemberReplica members;

    @Autowired
    TemplateCatalog templates;

    UUID province;
    UUID commune;
    UUID organizationBody;
    UUID plainMember;

    @BeforeEach
    void province() {
        province = Ids.newId();
        commune = Ids.newId();
        unit(province, null, "/" + province + "/", "TINH_UY");
        unit(commune, province, "/" + province + "/" + commune + "/", "DANG_UY_XA");
        organizationBody = member(commune, List.of(new MemberChanged.Position(province, "ORG_BODY",
                TestDays.APPOINTED, null)));
        plainMember = member(commune, List.of(new MemberChanged.Position(province, "ORG_BODY",
                TestDays.TODAY.minusYears(6), TestDays.TODAY.minusYears(2))));
    }

    void unit(UUID id, UUID parent, String path, String type) {
        units.apply(new OrgUnitChanged(Ids.newId(), id, 0, "U-" + id.toString().substring(24), "Đơn vị " + type,
                type, parent, path, "ACTIVE", TestDays.NOW));
    }

    UUID member(UUID home, List<MemberChanged.Position> positions) {
        UUID id = Ids.newId();
        members.apply(new MemberChanged(Ids.newId(), id, 1, "Lê Văn Tổ", home, "/" + province + "/" + home + "/",
                "ACTIVE", null, null, true, false, positions, TestDays.NOW));
        return id;
    }

    static JwtRequestPostProcessor as(UUID memberId) {
        return jwt().jwt(token -> token.claim("member_id", memberId.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_member"));
    }

    String campaign(String... deadlines) {
        return """
                {"issuingUnitId": "%s", "kind": "YEARLY", "title": "Kiểm điểm, đánh giá, xếp loại năm %d",
                 "periodStart": "%s", "periodEnd": "%s", "deadlines": [%s]}
                """.formatted(province, TestDays.TODAY.getYear(), TestDays.periodStart(), TestDays.periodEnd(),
                String.join(", ", deadlines));
    }

    static String deadline(int level, LocalDate due) {
        return "{\"level\": %d, \"due\": \"%s\"}".formatted(level, due);
    }

    ResultActions create(String body, JwtRequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/reviews/campaigns").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theOrganizationBodySetsUpACampaignThatPinsTheTemplatesOfTheDay() throws Exception {
        String body = create(campaign(deadline(1, COMMUNE_DUE), deadline(2, CELL_DUE), deadline(3, CHI_BO_GROUP_DUE)),
                as(organizationBody))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.excellenceQuotaPercent").value(20))
                .andExpect(jsonPath("$.reminders.daysBefore").value(org.hamcrest.Matchers.contains(7, 3, 1)))
                .andExpect(jsonPath("$.reminders.overdueEveryDays").value(2))
                .andExpect(jsonPath("$.reminders.overdueTimes").value(3))
                .andExpect(jsonPath("$.reminders.smsWithDiacritics").value(false))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.deadlines[2].due").value(CHI_BO_GROUP_DUE.toString()))
                .andReturn().getResponse().getContentAsString(UTF_8);
        JsonNode created = json.readTree(body);
        assertThat(created.get("templates").size()).isEqualTo(5);
        int pinned = versionOf(created, "MAU_01");
        assertThat(pinned).isEqualTo(templates.latest("MAU_01").version());

        // a form published later is for later campaigns
        templates.publish("MAU_01", new NewTemplateVersion("Hướng dẫn sửa đổi", templates.latest("MAU_01").sections()),
                new Caller("kc-admin", java.util.Optional.empty(), java.util.Set.of("system-admin")));
        JsonNode later = json.readTree(mvc.perform(get("/api/reviews/campaigns/" + created.get("id").asString())
                .with(as(organizationBody))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(UTF_8));
        assertThat(versionOf(later, "MAU_01")).isEqualTo(pinned);
    }

    static int versionOf(JsonNode campaign, String code) {
        for (JsonNode template : campaign.get("templates")) {
            if (template.get("code").asString().equals(code)) {
                return template.get("version").asInt();
            }
        }
        throw new AssertionError(code + " not pinned");
    }

    @Test
    void aCampaignSetsItsOwnRemindersOverTheDefaults() throws Exception {
        String withReminders = campaign(deadline(1, COMMUNE_DUE)).replace("\"deadlines\"",
                "\"reminders\": {\"daysBefore\": [2, 10, 5, 10], \"smsWithDiacritics\": true}, \"deadlines\"");
        String id = json.readTree(create(withReminders, as(organizationBody))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reminders.daysBefore").value(org.hamcrest.Matchers.contains(10, 5, 2)))
                .andExpect(jsonPath("$.reminders.overdueEveryDays").value(2))
                .andExpect(jsonPath("$.reminders.smsWithDiacritics").value(true))
                .andReturn().getResponse().getContentAsString(UTF_8)).get("id").asString();
        mvc.perform(get("/api/reviews/campaigns/" + id).with(as(organizationBody)))
                .andExpect(jsonPath("$.reminders.daysBefore").value(org.hamcrest.Matchers.contains(10, 5, 2)))
                .andExpect(jsonPath("$.reminders.overdueTimes").value(3));

        create(campaign(deadline(1, COMMUNE_DUE)).replace("\"deadlines\"",
                "\"reminders\": {\"daysBefore\": [0], \"overdueEveryDays\": 0}, \"deadlines\""),
                as(organizationBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void deadlinesCascadeOnWorkingDays() throws Exception {
        LocalDate later = TestDays.workingDaysAfter(COMMUNE_DUE, 1);
        create(campaign(deadline(1, COMMUNE_DUE), deadline(2, later)), as(organizationBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Thời hạn cấp 2 (%s) không thể sau thời hạn cấp 1 (%s): cấp dưới phải xong trước."
                        .formatted(TestDays.vn(later), TestDays.vn(COMMUNE_DUE))));
        LocalDate dayOff = TestDays.dayOffAfter(COMMUNE_DUE);
        create(campaign(deadline(1, dayOff)), as(organizationBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Thời hạn cấp 1 (%s) không phải ngày làm việc; ngày làm việc kế tiếp là %s."
                        .formatted(TestDays.vn(dayOff), TestDays.vn(TestDays.workingDaysAfter(dayOff, 1)))));
        create(campaign(deadline(1, COMMUNE_DUE), deadline(3, CHI_BO_GROUP_DUE)), as(organizationBody))
                .andExpect(status().isBadRequest());
        create(campaign(deadline(1, TestDays.TODAY)), as(organizationBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Thời hạn cấp 1 (%s) phải sau hôm nay."
                        .formatted(TestDays.vn(TestDays.TODAY))));
        create(campaign(deadline(1, COMMUNE_DUE)).replace("\"deadlines\"", "\"unitTypes\": [\"chi bộ\"], \"deadlines\""),
                as(organizationBody)).andExpect(status().isBadRequest());
        create(campaign(), as(organizationBody)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").exists());
    }

    @Test
    void aTitleSentUnderTheSystemsNameCarriesNoLinkAddressOrPhoneNumber() throws Exception {
        long before = jdbc.sql("select count(*) from campaign").query(Long.class).single();
        for (String title : List.of("Nhận thưởng tại http://thuong.example", "Liên hệ 0912 345 678",
                "Gửi bản kiểm điểm về ai@thuong.vn")) {
            create(campaign(deadline(1, COMMUNE_DUE)).replace("Kiểm điểm, đánh giá, xếp loại năm", title),
                    as(organizationBody))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Tên đợt kiểm điểm không được có đường dẫn, địa chỉ email"
                            + " hay số điện thoại: tên này được gửi trong email và tin nhắn SMS mang tên hệ thống."));
        }
        assertThat(jdbc.sql("select count(*) from campaign").query(Long.class).single()).isEqualTo(before);
        create(campaign(deadline(1, COMMUNE_DUE)).replace("Kiểm điểm, đánh giá, xếp loại năm",
                "Tự soi, tự sửa nhiệm kỳ 2025-2030, năm"), as(organizationBody)).andExpect(status().isCreated());
    }

    @Test
    void onlyTheUnitsLeadershipOrOrganizationBodySetsUpItsCampaigns() throws Exception {
        String body = campaign(deadline(1, COMMUNE_DUE));
        // a member with no position over the unit is told nothing about it, as for a unit that does not exist
        create(body, as(plainMember)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("Tỉnh ủy"))));
        create(body.replace(province.toString(), UUID.randomUUID().toString()), as(organizationBody))
                .andExpect(status().isNotFound());
        String id = json.readTree(create(body, jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(UTF_8))
                .get("id").asString();
        mvc.perform(get("/api/reviews/campaigns/" + id).with(as(plainMember))).andExpect(status().isNotFound());
        mvc.perform(get("/api/reviews/campaigns/" + id).with(as(organizationBody))).andExpect(status().isOk());
        mvc.perform(get("/api/reviews/campaigns").with(as(organizationBody)))
                .andExpect(jsonPath("$[?(@.id == '%s')]".formatted(id)).exists())
                .andExpect(jsonPath("$[*].issuingUnitId", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.is(province.toString()))));
        mvc.perform(get("/api/reviews/campaigns").with(as(plainMember)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }
}
