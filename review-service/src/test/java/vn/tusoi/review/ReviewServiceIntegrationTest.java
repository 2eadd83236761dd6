package vn.tusoi.review;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tusoi.events.Topics;
import vn.tusoi.platform.test.ServiceTestProperties;

/** The whole service on a real MariaDB and a real (embedded KRaft) Kafka broker, shared by all test classes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = {Topics.ORG_UNITS, Topics.REVIEW_EVENTS}, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class ReviewServiceIntegrationTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestProperties.database(registry, "tusoi_review_test");
    }
}
