package vn.tusoi.review.campaign;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
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
import vn.tusoi.review.template.NewTemplateVersion;
import vn.tusoi.review.template.TemplateCatalog;

/** Setting up a campaign: who may, deadlines that cascade on working days, template versions pinned. */
class CampaignApiTest extends ReviewServiceIntegrationTest {

    @Autowired
    MockMvc mvc;

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
                LocalDate.of(2025, 10, 1), null)));
        plainMember = member(commune, List.of(new MemberChanged.Position(province, "ORG_BODY",
                LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31))));
    }

    void unit(UUID id, UUID parent, String path, String type) {
        units.apply(new OrgUnitChanged(Ids.newId(), id, 0, "U-" + id.toString().substring(24), "Đơn vị " + type,
                type, parent, path, "ACTIVE", Instant.now()));
    }

    UUID member(UUID home, List<MemberChanged.Position> positions) {
        UUID id = Ids.newId();
        members.apply(new MemberChanged(Ids.newId(), id, 1, "Lê Văn Tổ", home, "/" + province + "/" + home + "/",
                "ACTIVE", null, null, true, false, positions, Instant.now()));
        return id;
    }

    static JwtRequestPostProcessor as(UUID memberId) {
        return jwt().jwt(token -> token.claim("member_id", memberId.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_member"));
    }

    String campaign(String... deadlines) {
        return """
                {"issuingUnitId": "%s", "kind": "YEARLY", "title": "Kiểm điểm, đánh giá, xếp loại năm 2026",
                 "periodStart": "2026-01-01", "periodEnd": "2026-12-31", "deadlines": [%s]}
                """.formatted(province, String.join(", ", deadlines));
    }

    static String deadline(int level, String due) {
        return "{\"level\": %d, \"due\": \"%s\"}".formatted(level, due);
    }

    ResultActions create(String body, JwtRequestPostProcessor who) throws Exception {
        return mvc.perform(post("/api/reviews/campaigns").with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void theOrganizationBodySetsUpACampaignThatPinsTheTemplatesOfTheDay() throws Exception {
        String body = create(campaign(deadline(1, "2026-12-18"), deadline(2, "2026-12-11"), deadline(3, "2026-12-04")),
                as(organizationBody))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.excellenceQuotaPercent").value(20))
                .andExpect(jsonPath("$.reminders.daysBefore").value(org.hamcrest.Matchers.contains(7, 3, 1)))
                .andExpect(jsonPath("$.reminders.overdueEveryDays").value(2))
                .andExpect(jsonPath("$.reminders.overdueTimes").value(3))
                .andExpect(jsonPath("$.reminders.smsWithDiacritics").value(false))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.deadlines[2].due").value("2026-12-04"))
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
        String withReminders = campaign(deadline(1, "2026-12-18")).replace("\"deadlines\"",
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

        create(campaign(deadline(1, "2026-12-18")).replace("\"deadlines\"",
                "\"reminders\": {\"daysBefore\": [0], \"overdueEveryDays\": 0}, \"deadlines\""),
                as(organizationBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
    }

    @Test
    void deadlinesCascadeOnWorkingDays() throws Exception {
        create(campaign(deadline(1, "2026-12-18"), deadline(2, "2026-12-21")), as(organizationBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Thời hạn cấp 2 (21/12/2026) không thể sau thời hạn cấp 1 "
                        + "(18/12/2026): cấp dưới phải xong trước."));
        create(campaign(deadline(1, "2026-12-19")), as(organizationBody))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Thời hạn cấp 1 (19/12/2026) không phải ngày làm việc; "
                        + "ngày làm việc kế tiếp là 21/12/2026."));
        create(campaign(deadline(1, "2026-12-18"), deadline(3, "2026-12-04")), as(organizationBody))
                .andExpect(status().isBadRequest());
        create(campaign(deadline(1, "2025-12-18")), as(organizationBody))
                .andExpect(status().isBadRequest());
        create(campaign(deadline(1, "2026-12-18")).replace("\"deadlines\"", "\"unitTypes\": [\"chi bộ\"], \"deadlines\""),
                as(organizationBody)).andExpect(status().isBadRequest());
        create(campaign(), as(organizationBody)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors").exists());
    }

    @Test
    void onlyTheUnitsLeadershipOrOrganizationBodySetsUpItsCampaigns() throws Exception {
        String body = campaign(deadline(1, "2026-12-18"));
        create(body, as(plainMember)).andExpect(status().isForbidden());
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
