package vn.tusoi.org;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tusoi.platform.test.ServiceProbes;

class OrgServiceProbesTest extends OrgServiceIntegrationTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Test
    void servesProbesMetricsApiDocsAndValidatesTokens() throws Exception {
        ServiceProbes.assertServes(port, managementPort, "/api/org/units", 200);
    }
}
