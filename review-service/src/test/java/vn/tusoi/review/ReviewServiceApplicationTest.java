package vn.tusoi.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.platform.test.FeatureBoundaries;
import vn.tusoi.platform.test.ServiceProbes;

/** The service starts on a real database and broker, migrates its schema and reports itself ready. */
class ReviewServiceApplicationTest extends ReviewServiceIntegrationTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Autowired
    Flyway flyway;

    @Autowired
    OrgUnitReplica units;

    @Autowired
    OrgMemberReplica members;

    @Test
    void startsMigratedAndReportsProbesMetricsAndApiDocs() throws Exception {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(applied -> applied.getVersion().getVersion())
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12");
        assertThat(units.find(java.util.UUID.randomUUID())).isEmpty();
        assertThat(members.find(java.util.UUID.randomUUID())).isEmpty();
        ServiceProbes.assertServes(port, managementPort,
                "/api/reviews/org-units/0193a000-0000-7000-8000-000000000001", 403);
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        FeatureBoundaries.verify("vn.tusoi.review");
    }
}
