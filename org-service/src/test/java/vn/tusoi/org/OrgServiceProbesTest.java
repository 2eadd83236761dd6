package vn.tusoi.org;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tusoi.platform.test.ServiceProbes;

class OrgServiceProbesTest extends OrgServiceIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void servesProbesMetricsApiDocsAndValidatesTokens() throws Exception {
        ServiceProbes.assertServes(port, "/api/org/units", 200);
    }
}
