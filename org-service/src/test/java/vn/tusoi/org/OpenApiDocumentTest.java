package vn.tusoi.org;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.tusoi.platform.test.OpenApiDocuments;

/**
 * The committed web/openapi/org-service.json is the document this service serves: the web application's API types
 * are generated from it, and the build lints it. Refresh it with {@code -Dopenapi.write=true}.
 */
class OpenApiDocumentTest extends OrgServiceIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theCommittedDocumentIsTheServedOne() throws Exception {
        String served = mvc.perform(get("/v3/api-docs").with(OpenApiDocuments.reader())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(UTF_8);
        OpenApiDocuments.assertCommitted("org-service", served);
    }
}
