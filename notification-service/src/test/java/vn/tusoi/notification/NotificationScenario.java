package vn.tusoi.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;
import vn.tusoi.events.AssignmentsIssued;
import vn.tusoi.events.CampaignChanged;
import vn.tusoi.events.CloudEventHeaders;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.notification.delivery.Dispatcher;
import vn.tusoi.notification.reminder.ReminderSweep;
import vn.tusoi.orgreplica.OrgMemberReplica;
import vn.tusoi.orgreplica.OrgUnitReplica;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.test.TestClock;
import vn.tusoi.platform.text.VietnameseDates;

/**
 * A launched campaign, members in one chi bộ and the means to drive the service: events in, sweeps and dispatch
 * on demand, the test clock back at the start of the test day ({@link TestClock#today()}, 10:00), the work due
 * three days later.
 */
abstract class NotificationScenario extends NotificationIntegrationTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgMemberReplica members;

    @Autowired
    OrgUnitReplica units;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    ReminderSweep sweep;

    @Autowired
    TestClock clock;

    @Autowired
    MockMvc mvc;

    protected UUID campaign = Ids.newId();
    UUID cell = Ids.newId();
    /** The test day, and a day {@code n} days from it at a time of day. */
    static final LocalDate D = TestClock.today();

    LocalDate due = D.plusDays(3);

    static LocalDateTime day(int n, int hour, int minute) {
        return D.plusDays(n).atTime(hour, minute);
    }

    static String vn(LocalDate day) {
        return VietnameseDates.DAY.format(day);
    }

    @BeforeEach
    void reset() throws Exception {
        // the tests step through the days themselves
        clock.freeze();
        clock.reset();
        SMTP.purgeEmailFromAllMailboxes();
        SMS.resetAll();
        SMS.stubFor(post(urlEqualTo("/sms/send")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"messageId\": \"sms-1\"}")));
        // messages queued by other tests are not this test's business
        jdbc.sql("update delivery set status = 'SKIPPED' where status in ('PENDING', 'SENDING')").update();
        jdbc.sql("update dispatch_lease set holder = null, until = null").update();
        send(campaign.toString(), CampaignChanged.TYPE, new CampaignChanged(Ids.newId(), campaign, 1, Ids.newId(),
                "THEMATIC", "Tự soi, tự sửa 2026", "LAUNCHED", List.of(), clock.instant(), null));
    }

    UUID member(String name, String email, String mobile) {
        UUID id = Ids.newId();
        members.apply(new MemberChanged(Ids.newId(), id, 1, name, cell, "/" + cell + "/", "ACTIVE", email, mobile,
                false, false, List.of(), clock.instant()));
        return id;
    }

    void send(String key, String type, Object event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.REVIEW_EVENTS, key,
                json.writeValueAsBytes(event));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(UTF_8));
        kafka.send(record).get();
    }

    /** Issues one individual review per member and waits until the service knows them. */
    List<UUID> assign(UUID... writers) throws Exception {
        List<AssignmentsIssued.Assignment> assignments = new ArrayList<>();
        for (UUID writer : writers) {
            assignments.add(new AssignmentsIssued.Assignment(Ids.newId(), writer == null ? "COLLECTIVE" : "INDIVIDUAL",
                    cell, writer, writer == null ? "MAU_01" : "MAU_2A", due));
        }
        send(campaign.toString(), AssignmentsIssued.TYPE, new AssignmentsIssued(Ids.newId(), campaign, assignments,
                clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count("select count(*) from tracked_assignment"
                + " where campaign_id = ?", UuidBytes.of(campaign)) == writers.length);
        return assignments.stream().map(AssignmentsIssued.Assignment::assignmentId).toList();
    }

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long deliveries(String kind, String status) {
        return count("select count(*) from delivery where campaign_id = ? and kind = ? and status = ?",
                UuidBytes.of(campaign), kind, status);
    }

    /** The plain-text part of a multipart email, decoded. */
    static String plainText(MimeMessage mail) throws Exception {
        return plainPart(mail.getContent());
    }

    private static String plainPart(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                String found = part.isMimeType("text/plain") ? (String) part.getContent() : plainPart(part.getContent());
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    static JwtRequestPostProcessor as(UUID member) {
        return jwt().jwt(token -> token.claim("member_id", member.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_member"));
    }
}
