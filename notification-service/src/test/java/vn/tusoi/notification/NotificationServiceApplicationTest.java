package vn.tusoi.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tusoi.events.Topics;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.platform.test.FeatureBoundaries;
import vn.tusoi.platform.test.ServiceTestProperties;
import vn.tusoi.platform.test.ServiceProbes;

/** The service starts on a real database and broker, migrates its schema and reports itself ready. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 1, topics = Topics.ORG_UNITS, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
class NotificationServiceApplicationTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestProperties.database(registry, "tusoi_notification_test");
    }

    @LocalServerPort
    int port;

    @Autowired
    OrgUnitReplica replica;

    @Test
    void startsMigratedAndReportsProbesMetricsAndApiDocs() throws Exception {
        assertThat(replica.count()).isGreaterThanOrEqualTo(0);
        ServiceProbes.assertServes(port, "/api/notifications/org-units/0193a000-0000-7000-8000-000000000001", 403);
    }

    @Test
    void featuresDoNotReachIntoEachOther() {
        FeatureBoundaries.verify("vn.tusoi.notification");
    }
}
