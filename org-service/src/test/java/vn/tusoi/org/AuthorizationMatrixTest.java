package vn.tusoi.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tusoi.org.DemoCallers.ADMIN;
import static vn.tusoi.org.DemoCallers.MEMBER;
import static vn.tusoi.org.DemoCallers.SECRETARY;
import static vn.tusoi.org.DemoCallers.SUPERIOR;
import static vn.tusoi.org.DemoCallers.caller;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.org.position.PositionDirectory;
import vn.tusoi.org.position.PositionTitle;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.test.TestClock;

/**
 * Every endpoint of org-service against every kind of caller of the demo province. A refusal is a 401, 403 or
 * 404 problem detail and changes nothing.
 */
class AuthorizationMatrixTest extends OrgServiceIntegrationTest {

    /**
     * anonymous, a plain member, a chi bộ secretary, the organization body, an org administrator of the province,
     * system admin; an org administrator of one commune (xã An Hòa), the phó bí thư of two of its chi bộ, a member
     * who left, and a former administrator of xã An Hòa whose position ended yesterday (the token still has the role)
     */
    private static final String[] CALLERS = {"anonymous", "member", "secretary", "superior", "org-admin",
            "system-admin", "narrow-admin", "two-cells", "left", "ended"};

    @Autowired
    PositionDirectory positions;

    UUID narrowAdmin;
    UUID twoCells;
    UUID left;
    UUID ended;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** One request; {@code file} sends the body as an uploaded CSV file instead of JSON. */
    record Row(String name, HttpMethod method, Supplier<String> path, Supplier<String> body, int[] expected,
            boolean file) {

        Row(String name, HttpMethod method, Supplier<String> path, Supplier<String> body, int[] expected) {
            this(name, method, path, body, expected, false);
        }
    }

    UUID unit(String code) {
        return UuidBytes.uuid(jdbc.sql("select id from org_unit where code = ?").param(code).query(byte[].class)
                .single());
    }

    RequestPostProcessor as(String who) {
        return switch (who) {
            case "member" -> caller(MEMBER, "member");
            case "secretary" -> caller(SECRETARY, "member");
            case "superior" -> caller(SUPERIOR, "member");
            case "org-admin" -> caller(ADMIN, "member", "org-admin");
            case "system-admin" -> caller(UUID.randomUUID(), "system-admin");
            case "narrow-admin" -> caller(narrowAdmin, "member", "org-admin");
            case "two-cells" -> caller(twoCells, "member");
            case "left" -> caller(left, "member");
            case "ended" -> caller(ended, "member", "org-admin");
            default -> request -> request;
        };
    }

    String state() {
        return jdbc.sql("select concat((select count(*) from org_unit), '/', (select count(*) from member), '/', "
                + "(select count(*) from unit_position), '/', (select coalesce(sum(version), 0) from org_unit))")
                .query(String.class).single();
    }

    static String newCode() {
        return "M-" + UUID.randomUUID().toString().substring(0, 8);
    }

    UUID enrol(String name, String card, String cellCode) throws Exception {
        String created = mvc.perform(MockMvcRequestBuilders.post("/api/org/members")
                        .with(caller(UUID.randomUUID(), "system-admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"" + name + "\",\"partyCardNumber\":\"" + card
                                + "\",\"homeUnitId\":\"" + unit(cellCode) + "\"}"))
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonMapper.builder().build().readTree(created).path("id").asString());
    }

    /** The narrower callers, made once in the shared demo province. */
    void narrowCallers() throws Exception {
        LocalDate today = TestClock.today();
        narrowAdmin = enrol("Cao Văn Hẹp", "9800000001", "DU-X-AH-CB1");
        positions.appoint(narrowAdmin, unit("DU-X-AH"), PositionTitle.ORG_ADMIN, today.minusYears(1));
        twoCells = enrol("Lâm Thị Hai", "9800000002", "DU-X-AH-CB1");
        positions.appoint(twoCells, unit("DU-X-AH-CB1"), PositionTitle.PHO_BI_THU, today.minusYears(1));
        positions.appoint(twoCells, unit("DU-X-AH-CB2"), PositionTitle.PHO_BI_THU, today.minusYears(1));
        left = enrol("Kha Văn Đi", "9800000003", "DU-P-DT-CB1");
        mvc.perform(MockMvcRequestBuilders.post("/api/org/members/" + left + "/status")
                .with(caller(UUID.randomUUID(), "system-admin")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"status\":\"LEFT\",\"on\":\"" + today + "\"}"));
        ended = enrol("Mạc Văn Thôi", "9800000004", "DU-X-AH-CB3");
        positions.end(positions.appoint(ended, unit("DU-X-AH"), PositionTitle.ORG_ADMIN, today.minusYears(1)),
                today.minusDays(1));
    }

    @Test
    void everyEndpointAgainstEveryCaller() throws Exception {
        narrowCallers();
        Supplier<String> cell = () -> unit("DU-P-DT-CB1").toString();
        Supplier<String> otherCommune = () -> unit("DU-X-AH").toString();
        Supplier<String> otherCell = () -> unit("DU-X-AH-CB3").toString();
        Supplier<String> none = () -> null;
        List<Row> rows = List.of(
                new Row("list units", HttpMethod.GET, () -> "/api/org/units", none,
                        new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200, 200}),
                new Row("own chi bộ", HttpMethod.GET, () -> "/api/org/units/" + cell.get(), none,
                        new int[] {401, 200, 200, 200, 200, 200, 404, 404, 404, 404}),
                new Row("another commune", HttpMethod.GET, () -> "/api/org/units/" + otherCommune.get(), none,
                        new int[] {401, 404, 404, 200, 200, 200, 200, 404, 404, 404}),
                new Row("create a unit", HttpMethod.POST, () -> "/api/org/units",
                        () -> "{\"code\":\"" + newCode() + "\",\"name\":\"Chi bộ mới\",\"typeCode\":"
                                + "\"CHI_BO_TRUC_THUOC\",\"parentId\":\"" + otherCommune.get() + "\"}",
                        new int[] {401, 403, 403, 403, 201, 201, 201, 403, 403, 404}),
                new Row("rename a unit", HttpMethod.PATCH, () -> "/api/org/units/" + otherCell.get(),
                        () -> "{\"name\":\"Chi bộ thôn 3, xã An Hòa\"}", new int[] {401, 403, 403, 403, 200, 200, 200, 403, 403, 403}),
                new Row("move a unit", HttpMethod.POST, () -> "/api/org/units/" + otherCell.get() + "/move",
                        () -> "{\"parentId\":\"" + otherCommune.get() + "\"}", new int[] {401, 403, 403, 403, 200, 200, 200, 403, 403, 403}),
                new Row("close a unit with units under it", HttpMethod.POST,
                        () -> "/api/org/units/" + otherCommune.get() + "/close", none,
                        new int[] {401, 403, 403, 403, 409, 409, 409, 403, 403, 404}),
                new Row("merge a unit into itself", HttpMethod.POST,
                        () -> "/api/org/units/" + otherCell.get() + "/merge",
                        () -> "{\"intoUnitId\":\"" + otherCell.get() + "\",\"mergedOn\":\"" + TestClock.today() + "\"}",
                        new int[] {401, 403, 403, 403, 400, 400, 400, 403, 403, 403}),
                new Row("unit history", HttpMethod.GET, () -> "/api/org/units/" + cell.get() + "/audit", none,
                        new int[] {401, 403, 403, 403, 200, 200, 404, 403, 403, 404}),
                new Row("search members", HttpMethod.GET, () -> "/api/org/members", none,
                        new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200, 200}),
                new Row("a member's record", HttpMethod.GET, () -> "/api/org/members/" + MEMBER, none,
                        new int[] {401, 200, 200, 200, 200, 200, 404, 404, 404, 404}),
                new Row("the secretary's record", HttpMethod.GET, () -> "/api/org/members/" + SECRETARY, none,
                        new int[] {401, 404, 200, 200, 200, 200, 404, 404, 404, 404}),
                new Row("the secretary's positions", HttpMethod.GET,
                        () -> "/api/org/members/" + SECRETARY + "/positions", none,
                        new int[] {401, 404, 200, 200, 200, 200, 404, 404, 404, 404}),
                new Row("the top of one's tree", HttpMethod.GET, () -> "/api/org/units/top", none,
                        new int[] {401, 200, 200, 200, 200, 200, 200, 200, 200, 200}),
                new Row("enrol a member", HttpMethod.POST, () -> "/api/org/members",
                        () -> "{\"fullName\":\"Đảng Viên Mới\",\"homeUnitId\":\"" + otherCell.get() + "\"}",
                        new int[] {401, 403, 403, 403, 201, 201, 201, 403, 403, 403}),
                new Row("transfer to the same chi bộ", HttpMethod.POST, () -> "/api/org/members/" + MEMBER + "/transfer",
                        () -> "{\"toUnitId\":\"" + cell.get() + "\",\"transferredOn\":\"" + TestClock.today() + "\"}",
                        new int[] {401, 403, 403, 403, 409, 409, 404, 403, 403, 404}),
                new Row("a departure that is none", HttpMethod.POST, () -> "/api/org/members/" + MEMBER + "/status",
                        () -> "{\"status\":\"ACTIVE\",\"on\":\"" + TestClock.today() + "\"}",
                        new int[] {401, 403, 403, 403, 400, 400, 404, 403, 403, 404}),
                new Row("a second bí thư", HttpMethod.POST, () -> "/api/org/members/" + MEMBER + "/positions",
                        () -> "{\"unitId\":\"" + cell.get() + "\",\"title\":\"BI_THU\",\"validFrom\":\"" + TestClock.today() + "\"}",
                        // a bí thư comes from the superior committee, not from the data's administrator
                        new int[] {401, 403, 403, 403, 403, 409, 404, 404, 404, 404}),
                new Row("end an unknown position", HttpMethod.POST,
                        () -> "/api/org/members/" + MEMBER + "/positions/" + UUID.randomUUID() + "/end",
                        () -> "{\"validTo\":\"" + TestClock.today() + "\"}", new int[] {401, 404, 404, 404, 404, 404, 404, 404, 404, 404}),
                new Row("an import template", HttpMethod.GET, () -> "/api/org/imports/templates/UNITS", none,
                        new int[] {401, 403, 403, 403, 200, 200, 200, 403, 403, 200}),
                // a file whose parent is unknown: accepted as a job, which is then rejected and changes nothing
                new Row("submit an import", HttpMethod.POST, () -> "/api/org/imports?kind=UNITS",
                        () -> "Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên\n" + newCode()
                                + ",Chi bộ mới,Chi bộ trực thuộc,KHONG-CO\n",
                        new int[] {401, 403, 403, 403, 202, 202, 202, 403, 403, 403}, true),
                new Row("an unknown import job", HttpMethod.GET, () -> "/api/org/imports/" + UUID.randomUUID(), none,
                        new int[] {401, 403, 403, 403, 404, 404, 404, 403, 403, 404}),
                new Row("an unknown import's errors", HttpMethod.GET,
                        () -> "/api/org/imports/" + UUID.randomUUID() + "/errors", none,
                        new int[] {401, 403, 403, 403, 404, 404, 404, 403, 403, 404}),
                new Row("export a commune's members", HttpMethod.GET,
                        () -> "/api/org/members/export?unitId=" + otherCommune.get(), none,
                        new int[] {401, 403, 403, 403, 200, 200, 200, 403, 403, 404}),
                new Row("a member's account", HttpMethod.GET, () -> "/api/org/members/" + MEMBER + "/account", none,
                        new int[] {401, 200, 403, 403, 200, 200, 404, 404, 404, 404}),
                new Row("who read a member's record", HttpMethod.GET, () -> "/api/org/audit/reads?entityId=" + MEMBER,
                        none, new int[] {401, 403, 403, 403, 403, 200, 403, 403, 403, 403}),
                new Row("accounts by state", HttpMethod.GET, () -> "/api/org/accounts/summary", none,
                        new int[] {401, 403, 403, 403, 403, 200, 403, 403, 403, 403}),
                new Row("provision accounts now (switched off here)", HttpMethod.POST,
                        () -> "/api/org/accounts/sweep", none, new int[] {401, 403, 403, 403, 403, 409, 403, 403, 403, 403}));

        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            for (int i = 0; i < CALLERS.length; i++) {
                String before = state();
                String body = row.body().get();
                AbstractMockHttpServletRequestBuilder<?> request = row.file()
                        ? MockMvcRequestBuilders.multipart(row.path().get()).file(new MockMultipartFile("file",
                                "don-vi.csv", "text/csv", body.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        : MockMvcRequestBuilders.request(row.method(), row.path().get());
                request.with(as(CALLERS[i]));
                if (body != null && !row.file()) {
                    request.contentType(MediaType.APPLICATION_JSON).content(body);
                }
                var response = mvc.perform(request).andReturn().getResponse();
                int expected = row.expected()[i];
                if (response.getStatus() != expected) {
                    mismatches.add(row.name() + " as " + CALLERS[i] + ": " + response.getStatus() + " not "
                            + expected);
                }
                if (expected >= 400) {
                    if (!response.getContentType().startsWith("application/problem+json")) {
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
