package vn.tusoi.review.template;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.review.ReviewServiceIntegrationTest;

/** The official forms as versioned data: what they contain, and that publishing never rewrites a version. */
class TemplateApiTest extends ReviewServiceIntegrationTest {

    static final JwtRequestPostProcessor MEMBER = jwt().authorities(new SimpleGrantedAuthority("ROLE_member"));
    static final JwtRequestPostProcessor SYSTEM_ADMIN = jwt().jwt(token -> token.subject("kc-admin"))
            .authorities(new SimpleGrantedAuthority("ROLE_system-admin"));

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    TemplateCatalog catalog;

    JsonNode getJson(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(MEMBER)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(UTF_8));
    }

    static String sections(String... codesAndKinds) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < codesAndKinds.length; i += 2) {
            items.add("{\"code\": \"%s\", \"kind\": \"%s\", \"heading\": \"Mục %d\", \"guidance\": \"Ghi rõ.\"}"
                    .formatted(codesAndKinds[i], codesAndKinds[i + 1], i / 2 + 1));
        }
        return "{\"legalBasis\": \"Hướng dẫn mới\", \"sections\": [" + String.join(", ", items) + "]}";
    }

    @Test
    void theFiveOfficialFormsAreThereWithTheirSections() throws Exception {
        JsonNode list = getJson("/api/reviews/templates");
        List<String> codes = new ArrayList<>();
        list.forEach(template -> codes.add(template.get("code").asString()));
        assertThat(codes).startsWith("MAU_01", "MAU_2A", "MAU_2B", "MAU_2C", "CAM_KET");

        JsonNode collective = getJson("/api/reviews/templates/MAU_01/versions/1");
        assertThat(collective.get("subject").asString()).isEqualTo("COLLECTIVE");
        assertThat(collective.get("sections").get(0).get("heading").asString())
                .isEqualTo("I. Ưu điểm, kết quả đạt được");
        for (String individual : new String[] {"MAU_2A", "MAU_2B", "MAU_2C"}) {
            JsonNode form = getJson("/api/reviews/templates/" + individual + "/versions/1");
            assertThat(kinds(form)).as(individual).containsOnlyOnce("SUGGESTION_ANSWERS", "SELF_RATING");
        }
        // who leads answers for the collective's shortcomings; a member without a post does not
        assertThat(kinds(getJson("/api/reviews/templates/MAU_2B/versions/1"))).contains("RESPONSIBILITY");
        assertThat(kinds(getJson("/api/reviews/templates/MAU_2A/versions/1"))).doesNotContain("RESPONSIBILITY");
        assertThat(kinds(getJson("/api/reviews/templates/CAM_KET/versions/1")))
                .doesNotContain("SELF_RATING", "SUGGESTION_ANSWERS");
    }

    static List<String> kinds(JsonNode version) {
        List<String> kinds = new ArrayList<>();
        version.get("sections").forEach(section -> kinds.add(section.get("kind").asString()));
        return kinds;
    }

    @Test
    void aNewVersionLeavesThePublishedOneAsItWas() throws Exception {
        TemplateVersion before = catalog.latest("MAU_2C");
        String body = sections("UU_DIEM", "NARRATIVE", "GIAI_TRINH", "SUGGESTION_ANSWERS", "TU_XEP_LOAI",
                "SELF_RATING");
        mvc.perform(post("/api/reviews/templates/MAU_2C/versions").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location",
                        "/api/reviews/templates/MAU_2C/versions/" + (before.version() + 1)))
                .andExpect(jsonPath("$.sections.length()").value(3));

        assertThat(catalog.version("MAU_2C", before.version())).isEqualTo(before);
        assertThat(catalog.latest("MAU_2C").version()).isEqualTo(before.version() + 1);
        assertThat(catalog.latest("MAU_2C").sections()).extracting(TemplateSection::code)
                .containsExactly("UU_DIEM", "GIAI_TRINH", "TU_XEP_LOAI");
    }

    @Test
    void concurrentPublicationsGetConsecutiveVersions() throws Exception {
        int before = catalog.latest("MAU_2A").version();
        // the same sections under a new legal basis, so other tests' campaigns still find the form they expect
        NewTemplateVersion request = new NewTemplateVersion("Hướng dẫn mới", catalog.latest("MAU_2A").sections());
        var caller = new vn.tusoi.platform.security.Caller("kc-admin", java.util.Optional.empty(),
                java.util.Set.of("system-admin"));
        var pool = Executors.newFixedThreadPool(4);
        List<Future<TemplateVersion>> published = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            published.add(pool.submit((Callable<TemplateVersion>) () -> catalog.publish("MAU_2A", request, caller)));
        }
        List<Integer> versions = new ArrayList<>();
        for (Future<TemplateVersion> each : published) {
            versions.add(each.get().version());
        }
        pool.shutdown();
        assertThat(versions).containsExactlyInAnyOrder(before + 1, before + 2, before + 3, before + 4);
    }

    @Test
    void badVersionsAndCallersAreRefusedAndChangeNothing() throws Exception {
        int before = catalog.latest("MAU_01").version();
        mvc.perform(post("/api/reviews/templates/MAU_01/versions").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(sections("UU_DIEM", "NARRATIVE", "UU_DIEM", "NARRATIVE")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Mã mục \"UU_DIEM\" bị lặp lại trong mẫu."));
        mvc.perform(post("/api/reviews/templates/MAU_01/versions").with(SYSTEM_ADMIN)
                        .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(sections("A", "SELF_RATING", "B", "SELF_RATING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("A template may have only one section of kind SELF_RATING."));
        mvc.perform(post("/api/reviews/templates/MAU_01/versions").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"legalBasis\": \"\", \"sections\": []}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/reviews/templates/MAU_01/versions").with(MEMBER)
                        .contentType(MediaType.APPLICATION_JSON).content(sections("UU_DIEM", "NARRATIVE")))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
        mvc.perform(post("/api/reviews/templates/MAU_01/versions").contentType(MediaType.APPLICATION_JSON)
                        .content(sections("UU_DIEM", "NARRATIVE")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/reviews/templates/MAU_99/versions").with(SYSTEM_ADMIN)
                        .contentType(MediaType.APPLICATION_JSON).content(sections("UU_DIEM", "NARRATIVE")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reviews/templates/MAU_01/versions/99").with(MEMBER))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy mẫu MAU_01 (phiên bản 99)."));
        assertThat(catalog.latest("MAU_01").version()).isEqualTo(before);
    }
}
