package vn.tusoi.review;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.platform.sql.UuidBytes;

/**
 * Every endpoint of review-service against every kind of caller. A refusal is a 401, 403 or 404 problem detail
 * and changes nothing.
 */
class AuthorizationMatrixTest extends ReviewServiceIntegrationTest {

    /**
     * anonymous, a plain member (writer of their own review), the bí thư of that member's chi bộ, the issuing
     * unit's organization body (a superior of the chi bộ), a system administrator (reads, takes no step)
     */
    private static final String[] CALLERS = {"anonymous", "member", "leader", "issuer", "system-admin"};

    /** What a refusal to a caller without a relation must not name: the world's units and campaigns. */
    private static final List<String> NAMES = List.of("Tỉnh ủy Thử", "Hòa Bình", "thôn Đông", "thôn Tây",
            "Kiểm điểm, đánh giá");

    record Row(String name, HttpMethod method, Supplier<String> path, Supplier<String> body, int[] expected) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    OrgUnitReplica units;

    @Autowired
    OrgMemberReplica members;

    ReviewWorld world;
    UUID unit;
    UUID member;

    RequestPostProcessor as(String who) {
        return switch (who) {
            case "member" -> ReviewWorld.as(world.memberA);
            case "leader" -> ReviewWorld.as(world.headA);
            case "issuer" -> ReviewWorld.as(world.organizationBody);
            case "system-admin" -> ReviewWorld.systemAdmin();
            default -> request -> request;
        };
    }

    String state() {
        return jdbc.sql("select concat_ws('/', (select count(*) from campaign), (select sum(version) from campaign),"
                + " (select count(*) from review_template_version), (select count(*) from calendar_override),"
                + " (select count(*) from review_assignment), (select sum(version) from review_assignment),"
                + " (select count(*) from review_report_version), (select count(*) from review_suggestion),"
                + " (select count(*) from review_comment), (select count(*) from review_meeting),"
                + " (select count(*) from review_audit), (select count(*) from review_rating),"
                + " (select coalesce(sum(excellent + good), 0) from review_quota),"
                + " (select count(*) from review_remediation), (select count(*) from review_remediation_note))").query(String.class).single();
    }

    String assignment(String kind, UUID campaign, UUID place) {
        return jdbc.sql("select id from review_assignment where campaign_id = ? and place_unit_id = ? and kind = ?"
                        + " and (kind = 'COLLECTIVE' or member_id = ?)")
                .params(UuidBytes.of(campaign), UuidBytes.of(place), kind, UuidBytes.of(world.memberA))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1)).toString()).single();
    }

    /** Launch, reports and suggestions, in the order a campaign goes through them. */
    List<Row> workflow(UUID campaign, Supplier<String> none) {
        Supplier<String> mine = () -> "/api/reviews/reports/" + assignment("INDIVIDUAL", campaign, world.cellA);
        Supplier<String> collective = () -> "/api/reviews/reports/" + assignment("COLLECTIVE", campaign, world.cellA);
        String draft = "{\"revision\": 0, \"content\": {\"sections\": {\"UU_DIEM\": \"Hoàn thành.\"}}}";
        String meeting = "{\"heldOn\": \"" + TestDays.TODAY + "\", \"present\": 5, \"absent\": 0, \"minutes\": \"Biên bản\","
                + " \"conclusion\": \"Thống nhất\"}";
        String campaignPath = "/api/reviews/campaigns/" + campaign;
        String card = """
                {"points": {"TU_TUONG_CHINH_TRI": 7, "DAO_DUC_LOI_SONG": 7, "TO_CHUC_KY_LUAT": 7, "TAC_PHONG": 5,
                            "NHIEM_VU_DUOC_GIAO": 40, "CAM_KET_RL": 15},
                 "tasksTotal": 4, "tasksDone": 4, "tasksLate": 0, "tasksBeyond": 0,
                 "disciplinedSubordinate": false, "disqualified": false, "level": "TOT"}""";
        return List.of(
                new Row("launch a campaign", HttpMethod.POST, () -> campaignPath + "/launch", none,
                        new int[] {401, 404, 404, 200, 200}),
                new Row("my assignments", HttpMethod.GET, () -> "/api/reviews/assignments", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("a unit's assignments", HttpMethod.GET,
                        () -> campaignPath + "/units/" + world.cellA + "/assignments", none,
                        new int[] {401, 404, 200, 200, 200}),
                new Row("the progress under a chi bộ", HttpMethod.GET,
                        () -> campaignPath + "/units/" + world.cellA + "/progress", none,
                        new int[] {401, 404, 200, 200, 200}),
                new Row("the progress under the xã", HttpMethod.GET,
                        () -> campaignPath + "/units/" + world.commune + "/progress", none,
                        new int[] {401, 404, 404, 200, 200}),
                new Row("a member's review", HttpMethod.GET, mine, none, new int[] {401, 200, 200, 200, 200}),
                new Row("save a draft", HttpMethod.PUT, () -> mine.get() + "/draft", () -> draft,
                        new int[] {401, 200, 403, 403, 403}),
                new Row("versions", HttpMethod.GET, () -> mine.get() + "/versions", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("a version", HttpMethod.GET, () -> mine.get() + "/versions/1", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("history", HttpMethod.GET, () -> mine.get() + "/history", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("submit", HttpMethod.POST, () -> mine.get() + "/submit", none,
                        new int[] {401, 200, 403, 403, 403}),
                new Row("return", HttpMethod.POST, () -> mine.get() + "/return", () -> "{\"reasons\": \"Bổ sung\"}",
                        new int[] {401, 403, 200, 409, 403}),
                new Row("record a meeting", HttpMethod.POST, () -> mine.get() + "/meeting", () -> meeting,
                        new int[] {401, 403, 409, 403, 403}),
                new Row("a report's rating", HttpMethod.GET, () -> mine.get() + "/rating", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("rate oneself before the meeting", HttpMethod.PUT, () -> mine.get() + "/rating/self",
                        () -> card, new int[] {401, 409, 403, 403, 403}),
                new Row("propose a member's level", HttpMethod.PUT, () -> mine.get() + "/rating/proposal",
                        () -> card, new int[] {401, 403, 409, 403, 403}),
                new Row("decide a member's level", HttpMethod.PUT, () -> mine.get() + "/rating/decision",
                        () -> card, new int[] {401, 403, 403, 409, 403}),
                new Row("reopen a decision", HttpMethod.POST, () -> mine.get() + "/rating/reopen",
                        () -> "{\"reason\": \"Xem lại\"}", new int[] {401, 403, 403, 409, 403}),
                new Row("a unit's ratings", HttpMethod.GET, () -> campaignPath + "/units/" + world.cellA + "/ratings",
                        none, new int[] {401, 404, 200, 200, 200}),
                new Row("publish a unit's results", HttpMethod.POST,
                        () -> campaignPath + "/units/" + world.cellA + "/ratings/publish", none,
                        new int[] {401, 404, 404, 200, 404}),
                new Row("a review's remediation", HttpMethod.GET, () -> mine.get() + "/remediation", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("raise remediation before the decision", HttpMethod.POST, () -> mine.get() + "/remediation",
                        () -> "{\"what\": \"Khắc phục\", \"due\": \"" + TestDays.COMMUNE_DUE + "\"}",
                        new int[] {401, 403, 409, 409, 403}),
                new Row("a chi bộ's remediation", HttpMethod.GET,
                        () -> "/api/reviews/units/" + world.cellA + "/remediation?overdue=true", none,
                        new int[] {401, 404, 200, 200, 200}),
                new Row("the xã's remediation", HttpMethod.GET,
                        () -> "/api/reviews/units/" + world.commune + "/remediation", none,
                        new int[] {401, 404, 404, 200, 200}),
                new Row("my remediation", HttpMethod.GET, () -> "/api/reviews/remediation/mine", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("follow up an unknown item", HttpMethod.POST,
                        () -> "/api/reviews/remediation/" + UUID.randomUUID() + "/follow-up",
                        () -> "{\"action\": \"NOTE\", \"note\": \"x\"}", new int[] {401, 404, 404, 404, 404}),
                new Row("draft the collective report", HttpMethod.PUT, () -> collective.get() + "/draft",
                        () -> draft, new int[] {401, 404, 200, 403, 403}),
                new Row("circulate it", HttpMethod.POST, () -> collective.get() + "/circulate",
                        () -> "{\"plannedMeetingOn\": \"" + TestDays.workingDaysAfterToday(3) + "\"}", new int[] {401, 404, 200, 403, 403}),
                new Row("comment on it", HttpMethod.POST, () -> collective.get() + "/comments",
                        () -> "{\"body\": \"Góp ý\"}", new int[] {401, 200, 200, 403, 403}),
                new Row("comments", HttpMethod.GET, () -> collective.get() + "/comments", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("issue a suggestion", HttpMethod.POST, () -> campaignPath + "/suggestions",
                        () -> "{\"targetMemberId\": \"" + world.memberA + "\", \"body\": \"Làm rõ\"}",
                        new int[] {401, 404, 404, 201, 201}),
                new Row("suggestions", HttpMethod.GET, () -> campaignPath + "/suggestions", none,
                        new int[] {401, 404, 404, 200, 200}),
                new Row("close the campaign", HttpMethod.POST, () -> campaignPath + "/close", none,
                        new int[] {401, 404, 404, 200, 409}));
    }

    @Test
    void everyEndpointAgainstEveryCaller() throws Exception {
        world = new ReviewWorld(units, members);
        unit = world.province;
        member = world.memberA;
        String campaign = """
                {"issuingUnitId": "%s", "kind": "THEMATIC", "title": "Tự soi, tự sửa", "periodStart": "%s",
                 "periodEnd": "%s", "deadlines": [{"level": 1, "due": "%s"}]}""".formatted(unit,
                TestDays.periodStart(), TestDays.periodEnd(), TestDays.COMMUNE_DUE);
        String dayOff = TestDays.dayOffAfter(TestDays.COMMUNE_DUE).toString();
        String aWorkingDay = TestDays.workingDaysAfterToday(20).toString();
        String existing = json.readTree(mvc.perform(MockMvcRequestBuilders.post("/api/reviews/campaigns")
                        .with(as("system-admin")).contentType(MediaType.APPLICATION_JSON).content(campaign))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        Supplier<String> none = () -> null;
        List<Row> rows = new ArrayList<>(List.of(
                new Row("list templates", HttpMethod.GET, () -> "/api/reviews/templates", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("latest template", HttpMethod.GET, () -> "/api/reviews/templates/MAU_2A", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("a template version", HttpMethod.GET, () -> "/api/reviews/templates/MAU_2A/versions/1", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("publish an invalid template version", HttpMethod.POST,
                        () -> "/api/reviews/templates/MAU_2A/versions",
                        () -> "{\"legalBasis\": \"x\", \"sections\": [{\"code\": \"A\", \"kind\": \"SELF_RATING\","
                                + " \"heading\": \"A\", \"guidance\": \"\"}, {\"code\": \"B\", \"kind\": "
                                + "\"SELF_RATING\", \"heading\": \"B\", \"guidance\": \"\"}]}",
                        new int[] {401, 403, 403, 403, 400}),
                new Row("holidays of a year", HttpMethod.GET, () -> "/api/reviews/calendar/holidays?year=" + TestDays.TODAY.getYear(), none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("working days", HttpMethod.GET,
                        () -> "/api/reviews/calendar/working-days?from=" + TestDays.TODAY + "&to=" + TestDays.COMMUNE_DUE, none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("the administrator's entries of a year", HttpMethod.GET,
                        () -> "/api/reviews/calendar/overrides?year=" + TestDays.TODAY.getYear(), none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("declare a holiday", HttpMethod.PUT,
                        () -> "/api/reviews/calendar/holidays/" + aWorkingDay, () -> "{\"name\": \"Nghỉ bù\"}",
                        new int[] {401, 403, 403, 403, 200}),
                new Row("remove it again", HttpMethod.DELETE,
                        () -> "/api/reviews/calendar/holidays/" + aWorkingDay, none, new int[] {401, 403, 403, 403, 204}),
                new Row("set up a campaign with a deadline on a day off", HttpMethod.POST, () -> "/api/reviews/campaigns",
                        () -> campaign.replace(TestDays.COMMUNE_DUE.toString(), dayOff), new int[] {401, 404, 404, 400, 400}),
                new Row("who read a review", HttpMethod.GET, () -> "/api/reviews/audit/reads?entityId="
                        + UUID.randomUUID(), none, new int[] {401, 403, 403, 403, 200}),
                new Row("list campaigns", HttpMethod.GET, () -> "/api/reviews/campaigns", none,
                        new int[] {401, 200, 200, 200, 200}),
                new Row("a campaign", HttpMethod.GET, () -> "/api/reviews/campaigns/" + existing, none,
                        new int[] {401, 404, 404, 200, 200}),
                new Row("a unit in the replica", HttpMethod.GET, () -> "/api/reviews/org-units/" + unit, none,
                        new int[] {401, 403, 403, 403, 200}),
                new Row("a member in the replica", HttpMethod.GET, () -> "/api/reviews/org-members/" + member, none,
                        new int[] {401, 403, 403, 403, 200})));
        rows.addAll(workflow(UUID.fromString(existing), none));

        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < CALLERS.length; i++) {
                String before = state();
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(row.method(), row.path().get())
                        .with(as(CALLERS[i]));
                String body = row.body().get();
                if (body != null) {
                    request.contentType(MediaType.APPLICATION_JSON).content(body);
                }
                var response = mvc.perform(request).andReturn().getResponse();
                int expected = row.expected()[i];
                if (response.getStatus() != expected) {
                    mismatches.add(row.name() + " as " + CALLERS[i] + ": " + response.getStatus() + " not "
                            + expected);
                }
                if (expected >= 400) {
                    if (response.getContentType() == null
                            || !response.getContentType().startsWith("application/problem+json")) {
                        mismatches.add(row.name() + " as " + CALLERS[i] + ": refusal is not a problem detail");
                    }
                    if (expected == 404 && NAMES.stream().anyMatch(response.getContentAsString(UTF_8)::contains)) {
                        mismatches.add(row.name() + " as " + CALLERS[i] + ": a 404 names what exists");
                    }
                    if (!state().equals(before)) {
                        mismatches.add(row.name() + " as " + CALLERS[i] + ": a refusal changed data");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
