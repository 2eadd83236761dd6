package vn.tusoi.notification;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import vn.tusoi.events.Topics;
import vn.tusoi.platform.test.ServiceTestProperties;

/**
 * The service on a real database and broker, with a real SMTP server (GreenMail) and the SMS provider's HTTP API
 * stood in by WireMock; the schedules are slowed down so each test drives the sweep and the dispatch itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = {Topics.ORG_UNITS, Topics.REVIEW_EVENTS},
        bootstrapServersProperty = "spring.kafka.bootstrap-servers")
public abstract class NotificationIntegrationTest {

    protected static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", "smtp").dynamicPort());
    protected static final WireMockServer SMS = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    static {
        SMTP.start();
        SMS.start();
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        ServiceTestProperties.database(registry, "tusoi_notification_test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("tusoi.notifications.sms.endpoint", () -> "http://127.0.0.1:" + SMS.port() + "/sms/send");
        registry.add("tusoi.notifications.mail-from", () -> "Ban Tổ chức <bantochuc@tusoi.test>");
        registry.add("tusoi.notifications.sms.api-key", () -> "test-key");
        registry.add("tusoi.notifications.sms.callback-token", () -> "test-callback-token");
        registry.add("tusoi.notifications.dispatch-interval", () -> "1h");
        registry.add("tusoi.notifications.sweep-interval", () -> "1h");
        registry.add("tusoi.notifications.retry-backoff", () -> "1s");
    }
}
