package vn.tusoi.orgreplica;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tusoi.events.Topics;
import vn.tusoi.platform.test.ServiceTestProperties;

/** One context for all replica tests: a real MariaDB and an embedded KRaft broker. */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = {Topics.ORG_UNITS, Topics.ORG_UNITS + Topics.DEAD_LETTER_SUFFIX,
        Topics.ORG_MEMBERS, Topics.ORG_MEMBERS + Topics.DEAD_LETTER_SUFFIX},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
abstract class ReplicaIntegrationTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestProperties.database(registry, "tusoi_replica_test");
    }
}
