package vn.tusoi.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.platform.id.Ids;

/**
 * Every endpoint of review-service against every kind of caller. A refusal is a 401, 403 or 404 problem detail
 * and changes nothing.
 */
class AuthorizationMatrixTest extends ReviewServiceIntegrationTest {

    /** anonymous, a plain member, the issuing unit's organization body, a system administrator */
    private static final String[] CALLERS = {"anonymous", "member", "issuer", "system-admin"};

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

    UUID unit = Ids.newId();
    UUID issuer = Ids.newId();
    UUID member = Ids.newId();

    RequestPostProcessor as(String who) {
        return switch (who) {
            case "member" -> jwt().jwt(t -> t.claim("member_id", member.toString()))
                    .authorities(new SimpleGrantedAuthority("ROLE_member"));
            case "issuer" -> jwt().jwt(t -> t.claim("member_id", issuer.toString()))
                    .authorities(new SimpleGrantedAuthority("ROLE_member"));
            case "system-admin" -> jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"));
            default -> request -> request;
        };
    }

    String state() {
        return jdbc.sql("select concat((select count(*) from campaign), '/', (select count(*) from "
                + "review_template_version), '/', (select count(*) from public_holiday))").query(String.class).single();
    }

    @Test
    void everyEndpointAgainstEveryCaller() throws Exception {
        units.apply(new OrgUnitChanged(Ids.newId(), unit, 0, "M-" + unit.toString().substring(24), "Tỉnh ủy Thử",
                "TINH_UY", null, "/" + unit + "/", "ACTIVE", Instant.now()));
        for (UUID id : List.of(issuer, member)) {
            List<MemberChanged.Position> positions = id.equals(issuer)
                    ? List.of(new MemberChanged.Position(unit, "ORG_BODY", LocalDate.of(2025, 1, 1), null))
                    : List.of();
            members.apply(new MemberChanged(Ids.newId(), id, 1, "Đảng Viên", unit, "/" + unit + "/", "ACTIVE", null,
                    null, false, false, positions, Instant.now()));
        }
        String campaign = """
                {"issuingUnitId": "%s", "kind": "THEMATIC", "title": "Tự soi, tự sửa", "periodStart": "2026-01-01",
                 "periodEnd": "2026-12-31", "deadlines": [{"level": 1, "due": "2026-12-18"}]}""".formatted(unit);
        String existing = json.readTree(mvc.perform(MockMvcRequestBuilders.post("/api/reviews/campaigns")
                        .with(as("system-admin")).contentType(MediaType.APPLICATION_JSON).content(campaign))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        Supplier<String> none = () -> null;
        List<Row> rows = List.of(
                new Row("list templates", HttpMethod.GET, () -> "/api/reviews/templates", none,
                        new int[] {401, 200, 200, 200}),
                new Row("latest template", HttpMethod.GET, () -> "/api/reviews/templates/MAU_2A", none,
                        new int[] {401, 200, 200, 200}),
                new Row("a template version", HttpMethod.GET, () -> "/api/reviews/templates/MAU_2A/versions/1", none,
                        new int[] {401, 200, 200, 200}),
                new Row("publish an invalid template version", HttpMethod.POST,
                        () -> "/api/reviews/templates/MAU_2A/versions",
                        () -> "{\"legalBasis\": \"x\", \"sections\": [{\"code\": \"A\", \"kind\": \"SELF_RATING\","
                                + " \"heading\": \"A\", \"guidance\": \"\"}, {\"code\": \"B\", \"kind\": "
                                + "\"SELF_RATING\", \"heading\": \"B\", \"guidance\": \"\"}]}",
                        new int[] {401, 403, 403, 400}),
                new Row("holidays of a year", HttpMethod.GET, () -> "/api/reviews/calendar/holidays?year=2026", none,
                        new int[] {401, 200, 200, 200}),
                new Row("working days", HttpMethod.GET,
                        () -> "/api/reviews/calendar/working-days?from=2026-12-01&to=2026-12-31", none,
                        new int[] {401, 200, 200, 200}),
                new Row("declare a holiday", HttpMethod.PUT,
                        () -> "/api/reviews/calendar/holidays/2026-12-24", () -> "{\"name\": \"Nghỉ bù\"}",
                        new int[] {401, 403, 403, 200}),
                new Row("remove it again", HttpMethod.DELETE,
                        () -> "/api/reviews/calendar/holidays/2026-12-24", none, new int[] {401, 403, 403, 204}),
                new Row("set up a campaign with a Saturday deadline", HttpMethod.POST, () -> "/api/reviews/campaigns",
                        () -> campaign.replace("2026-12-18", "2026-12-19"), new int[] {401, 403, 400, 400}),
                new Row("list campaigns", HttpMethod.GET, () -> "/api/reviews/campaigns", none,
                        new int[] {401, 200, 200, 200}),
                new Row("a campaign", HttpMethod.GET, () -> "/api/reviews/campaigns/" + existing, none,
                        new int[] {401, 404, 200, 200}),
                new Row("a unit in the replica", HttpMethod.GET, () -> "/api/reviews/org-units/" + unit, none,
                        new int[] {401, 403, 403, 200}),
                new Row("a member in the replica", HttpMethod.GET, () -> "/api/reviews/org-members/" + member, none,
                        new int[] {401, 403, 403, 200}));

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
                    if (!state().equals(before)) {
                        mismatches.add(row.name() + " as " + CALLERS[i] + ": a refusal changed data");
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
