package vn.tusoi.org.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tusoi.org.DemoCallers.ADMIN;
import static vn.tusoi.org.DemoCallers.MEMBER;
import static vn.tusoi.org.DemoCallers.SECRETARY;
import static vn.tusoi.org.DemoCallers.SUPERIOR;
import static vn.tusoi.org.DemoCallers.caller;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import vn.tusoi.org.OrgServiceIntegrationTest;
import vn.tusoi.platform.sql.UuidBytes;

/** GET and POST /api/org/units against the demo province, by the demo accounts' members. */
class OrgUnitApiTest extends OrgServiceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    long unitCount() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    long provinceUnitCount() {
        return jdbc.sql("select count(*) from org_unit u join org_unit p on u.path like concat(p.path, '%') "
                + "where p.code = 'TU-BS'").query(Long.class).single();
    }

    UUID unitId(String code) {
        return UuidBytes.uuid(jdbc.sql("select id from org_unit where code = ?").param(code).query(byte[].class)
                .single());
    }

    @Test
    void withoutTokenTheCallerGetsA401ProblemInVietnamese() throws Exception {
        mvc.perform(get("/api/org/units"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
    }

    @Test
    void systemAdministratorSeesTheWholeProvinceInTreeOrder() throws Exception {
        mvc.perform(get("/api/org/units").param("size", "500").with(caller(ADMIN, "member", "system-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(unitCount()))
                .andExpect(jsonPath("$.items[0].code").value("TU-BS"))
                .andExpect(jsonPath("$.items[0].depth").value(0));
    }

    @Test
    void superiorsOrganizationBodySeesTheSubtreeOfTheProvince() throws Exception {
        mvc.perform(get("/api/org/units").param("size", "500").with(caller(SUPERIOR, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(provinceUnitCount()));
    }

    @Test
    void secretarySeesOnlyTheirChiBoAndAMemberOnlyTheirOwn() throws Exception {
        mvc.perform(get("/api/org/units").with(caller(SECRETARY, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].code").value("DU-P-DT-CB1"));
        mvc.perform(get("/api/org/units").with(caller(MEMBER, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].code").value("DU-P-DT-CB1"));
    }

    @Test
    void theTreeOpensLevelByLevelFromWhereTheCallersViewStarts() throws Exception {
        mvc.perform(get("/api/org/units/top").with(caller(SUPERIOR, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("TU-BS"));
        mvc.perform(get("/api/org/units/top").with(caller(SECRETARY, "member")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].code").value("DU-P-DT-CB1"));
        long children = jdbc.sql("select count(*) from org_unit where parent_id = ?")
                .param(UuidBytes.of(unitId("TU-BS"))).query(Long.class).single();
        mvc.perform(get("/api/org/units").param("parentId", unitId("TU-BS").toString())
                        .with(caller(SUPERIOR, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(children))
                .andExpect(jsonPath("$.items[0].depth").value(1));
    }

    @Test
    void unitTypesNameWhatMaySitUnderThemInTheReadersLanguage() throws Exception {
        mvc.perform(get("/api/org/unit-types").with(caller(MEMBER, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].code").value("TINH_UY"))
                .andExpect(jsonPath("$[0].name").value("Tỉnh ủy"))
                .andExpect(jsonPath("$[?(@.code == 'DANG_UY_XA')].childTypes[*]",
                        org.hamcrest.Matchers.hasItems("CHI_BO_CO_SO", "CHI_BO_TRUC_THUOC")))
                .andExpect(jsonPath("$[?(@.code == 'HUYEN_UY')].legacy").value(true));
        mvc.perform(get("/api/org/unit-types").header("Accept-Language", "en").with(caller(MEMBER, "member")))
                .andExpect(jsonPath("$[0].name").value("Provincial Party Committee"));
    }

    @Test
    void theChildrenOfAUnitOutsideTheCallersViewAreNotShown() throws Exception {
        mvc.perform(get("/api/org/units").param("parentId", unitId("DU-X-AH").toString())
                        .with(caller(SECRETARY, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aUnitIsFoundByPartOfItsNameOrCodeInAnyCase() throws Exception {
        mvc.perform(get("/api/org/units").param("q", "tân phú").with(caller(SUPERIOR, "member")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("DU-X-TP"));
        mvc.perform(get("/api/org/units").param("q", "du-x-tp-cb").with(caller(SUPERIOR, "member")))
                .andExpect(jsonPath("$.items[0].code").value(org.hamcrest.Matchers.startsWith("DU-X-TP-CB")));
        mvc.perform(get("/api/org/units").param("q", "%").with(caller(SUPERIOR, "member")))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void aTokenWithoutMemberIdSeesNothing() throws Exception {
        mvc.perform(get("/api/org/units").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_member"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void pageSizeOutOfRangeIsABadRequest() throws Exception {
        mvc.perform(get("/api/org/units").param("size", "100000").with(caller(ADMIN, "system-admin")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void orgAdministratorCreatesAUnitInTheirSubtree() throws Exception {
        UUID parent = unitId("DU-X-TP");
        mvc.perform(post("/api/org/units").with(caller(ADMIN, "member", "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "DU-X-TP-CB9", "name": "Chi bộ Thôn 9, xã Tân Phú",
                                 "typeCode": "CHI_BO_TRUC_THUOC", "parentId": "%s"}
                                """.formatted(parent)))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("Chi bộ Thôn 9, xã Tân Phú"))
                .andExpect(jsonPath("$.parentId").value(parent.toString()))
                .andExpect(jsonPath("$.depth").value(2));
        mvc.perform(get("/api/org/units/{id}/audit", unitId("DU-X-TP-CB9")).with(caller(ADMIN, "org-admin")))
                .andExpect(jsonPath("$[0].action").value("CREATE"))
                .andExpect(jsonPath("$[0].after.code").value("DU-X-TP-CB9"));
    }

    @Test
    void aTypeThatMayNotSitUnderTheParentIsRefusedAndNothingChanges() throws Exception {
        long before = unitCount();
        mvc.perform(post("/api/org/units").with(caller(ADMIN, "system-admin")).header("Accept-Language", "vi")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "X-1", "name": "Sai loại", "typeCode": "TINH_UY", "parentId": "%s"}
                                """.formatted(unitId("DU-X-TP"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Loại \"Tỉnh ủy\" không được đặt trực thuộc \"Đảng ủy xã\"."));
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void aDuplicateCodeIsAConflictInEnglishWhenAsked() throws Exception {
        mvc.perform(post("/api/org/units").with(caller(ADMIN, "system-admin")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "DU-X-TP-CB1", "name": "Trùng mã", "typeCode": "CHI_BO_TRUC_THUOC",
                                 "parentId": "%s"}
                                """.formatted(unitId("DU-X-TP"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Unit code \"DU-X-TP-CB1\" is already in use."));
    }

    @Test
    void invalidFieldsAreListedWithVietnameseMessages() throws Exception {
        mvc.perform(post("/api/org/units").with(caller(ADMIN, "system-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"mã có dấu\", \"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].message").value("không được để trống"))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')].message").value("không đúng định dạng"))
                .andExpect(jsonPath("$.errors[?(@.field == 'parentId')].message").value("là bắt buộc"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        mvc.perform(post("/api/org/units").with(caller(ADMIN, "system-admin"))
                        .contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anOrgAdministratorCannotCreateOutsideTheirSubtree() throws Exception {
        // the secretary gets the org-admin role but holds no ORG_ADMIN position: the tree decides, not the token
        long before = unitCount();
        mvc.perform(post("/api/org/units").with(caller(SECRETARY, "member", "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "TD-1", "name": "Tổ đảng 1", "typeCode": "TO_DANG", "parentId": "%s"}
                                """.formatted(unitId("DU-P-DT-CB1"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(post("/api/org/units").with(caller(SECRETARY, "member", "org-admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "TD-2", "name": "Tổ đảng 2", "typeCode": "TO_DANG", "parentId": "%s"}
                                """.formatted(unitId("DU-X-AH-CB1"))))
                .andExpect(status().isNotFound());
        assertThat(unitCount()).isEqualTo(before);
    }

    @Test
    void aMemberWithoutAnAdministratorRoleCannotCreate() throws Exception {
        mvc.perform(post("/api/org/units").with(caller(MEMBER, "member"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code": "TD-3", "name": "Tổ đảng 3", "typeCode": "TO_DANG", "parentId": "%s"}
                                """.formatted(unitId("DU-P-DT-CB1"))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền thực hiện thao tác này."));
    }
}
