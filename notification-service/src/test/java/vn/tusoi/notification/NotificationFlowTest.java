package vn.tusoi.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.util.GreenMailUtil;

import io.micrometer.core.instrument.MeterRegistry;

import vn.tusoi.events.AssignmentsIssued;
import vn.tusoi.events.MemberChanged;
import vn.tusoi.events.OrgUnitChanged;
import vn.tusoi.events.RemediationChanged;
import vn.tusoi.events.ReviewTransitioned;
import vn.tusoi.notification.reminder.RemediationReminders;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UuidBytes;

/** From review events to messages in mailboxes, on phones and in the inbox: once each, on time, or marked failed. */
class NotificationFlowTest extends NotificationScenario {

    @Autowired
    MeterRegistry meters;

    @Autowired
    RemediationReminders remediation;

    @Test
    void aLaunchIsAnnouncedOnceByEmailAndInTheInbox() throws Exception {
        UUID huong = member("Nguyễn Thị Hương", "huong@tusoi.local", "+84912345678");
        List<UUID> issued = assign(huong);
        // the same page delivered again changes nothing
        send(campaign.toString(), AssignmentsIssued.TYPE, new AssignmentsIssued(Ids.newId(), campaign,
                List.of(new AssignmentsIssued.Assignment(issued.get(0), "INDIVIDUAL", cell, huong, "MAU_2A", due)),
                clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries("ASSIGNED", "PENDING") == 2);

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain("huong@tusoi.local");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[tusoi] Việc mới: Bản kiểm điểm cá nhân - đợt \"Tự soi, tự sửa 2026\"");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("text/plain").contains("text/html");
        assertThat(mails[0].getHeader("X-Tusoi-Delivery")).isNotEmpty();
        assertThat(deliveries("ASSIGNED", "SENT")).isEqualTo(2);

        mvc.perform(get("/api/notifications/inbox/unread-count").with(as(huong)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unread").value(1));
        String inbox = mvc.perform(get("/api/notifications/inbox").with(as(huong)))
                .andExpect(jsonPath("$[0].link").value("http://localhost:8080/reports/" + issued.get(0)))
                .andReturn().getResponse().getContentAsString(UTF_8);
        String item = json.readTree(inbox).get(0).get("id").asString();
        UUID stranger = member("Người Khác", null, null);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/notifications/inbox/" + item + "/read").with(as(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/api/notifications/inbox/" + item + "/read").with(as(huong)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/notifications/inbox/unread-count").with(as(huong)))
                .andExpect(jsonPath("$.unread").value(0));
    }

    @Test
    void remindersGoOutOncePerStageAndStopWhenTheTaskIsDone() throws Exception {
        UUID minh = member("Trần Văn Minh", "minh@tusoi.local", "+84987654321");
        UUID lan = member("Lê Thị Lan", "lan@tusoi.local", "+84911111111");
        List<UUID> issued = assign(minh, lan);
        jdbc.sql("update delivery set status = 'SKIPPED' where campaign_id = ? and kind = 'ASSIGNED'")
                .param(UuidBytes.of(campaign)).update();

        sweep.sweep();
        sweep.sweep();
        assertThat(deliveries("REMINDER", "PENDING")).as("3 channels × 2 members, once").isEqualTo(6);

        // Lan submits before the dispatch: her reminders are cancelled, not sent
        send(issued.get(1).toString(), ReviewTransitioned.TYPE, new ReviewTransitioned(Ids.newId(), campaign,
                issued.get(1), 2, "INDIVIDUAL", cell, lan, "SUBMITTED", "SUBMITTED", due, lan.toString(),
                clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from tracked_assignment where id = ? and status = 'SUBMITTED'",
                UuidBytes.of(issued.get(1))) == 1);
        dispatcher.dispatchDue();

        assertThat(SMTP.getReceivedMessagesForDomain("minh@tusoi.local")).hasSize(1);
        assertThat(SMTP.getReceivedMessagesForDomain("lan@tusoi.local")).isEmpty();
        assertThat(deliveries("REMINDER", "CANCELLED")).isEqualTo(3);
        SMS.verify(1, postRequestedFor(urlEqualTo("/sms/send"))
                .withHeader("Authorization", equalTo("Bearer test-key"))
                .withRequestBody(matchingJsonPath("$.phone", equalTo("+84987654321")))
                .withRequestBody(matchingJsonPath("$.brandName", equalTo("TUSOI")))
                .withRequestBody(matchingJsonPath("$.message",
                        equalTo("tusoi: Ban kiem diem ca nhan dot \"Tu soi, tu sua 2026\" han " + vn(due) + " (con 3 ngay)."
                                + " http://localhost:8080/reports/" + issued.get(0)))));

        // the next stage comes with the days: D1 the day before, then the due day
        clock.set(day(2, 8, 0));
        sweep.sweep();
        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessagesForDomain("minh@tusoi.local")).hasSize(2);
        assertThat(SMTP.getReceivedMessagesForDomain("minh@tusoi.local")[1].getSubject())
                .isEqualTo("[tusoi] Nhắc hạn: Bản kiểm điểm cá nhân - hạn " + vn(due));
    }

    @Test
    void aPublishedResultIsAnnouncedOnceWithoutTheResultItself() throws Exception {
        UUID hoa = member("Phạm Thị Hoa", "hoa@tusoi.local", "+84922222222");
        List<UUID> issued = assign(hoa);
        jdbc.sql("update delivery set status = 'SKIPPED' where campaign_id = ? and kind = 'ASSIGNED'")
                .param(UuidBytes.of(campaign)).update();
        ReviewTransitioned decided = new ReviewTransitioned(Ids.newId(), campaign, issued.get(0), 9, "INDIVIDUAL",
                cell, hoa, "DECIDED", "DECIDED", due, "superior", clock.instant());
        ReviewTransitioned published = new ReviewTransitioned(Ids.newId(), campaign, issued.get(0), 10,
                "INDIVIDUAL", cell, hoa, "PUBLISHED", "PUBLISHED", due, "superior", clock.instant());
        send(issued.get(0).toString(), ReviewTransitioned.TYPE, decided);
        send(issued.get(0).toString(), ReviewTransitioned.TYPE, published);
        // delivered twice: announced once
        send(issued.get(0).toString(), ReviewTransitioned.TYPE, published);
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries("RESULT_PUBLISHED", "PENDING") == 2);
        dispatcher.dispatchDue();

        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain("hoa@tusoi.local");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[tusoi] Đã có kết quả xếp loại - đợt \"Tự soi, tự sửa 2026\"");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).doesNotContain("xuất sắc").doesNotContain("Hoàn thành tốt");
        assertThat(deliveries("RESULT_PUBLISHED", "SENT")).isEqualTo(2);
        SMS.verify(0, postRequestedFor(urlEqualTo("/sms/send")));
    }

    @Test
    void aRemediationItemIsRemindedOncePerStageWithoutTheWeaknessAndStopsWhenRemedied() throws Exception {
        UUID hai = member("Ngô Văn Hải", "hai@tusoi.local", "+84933333333");
        UUID item = Ids.newId();
        UUID review = Ids.newId();
        LocalDate deadline = D.plusDays(5);
        RemediationChanged raised = new RemediationChanged(Ids.newId(), item, campaign, review, cell, hai, deadline,
                "OPEN", 1, clock.instant());
        RemediationChanged started = new RemediationChanged(Ids.newId(), item, campaign, review, cell, hai, deadline,
                "IN_PROGRESS", 2, clock.instant());
        // the later step arrives first: the item stays in progress whatever the order
        send(item.toString(), RemediationChanged.TYPE, started);
        send(item.toString(), RemediationChanged.TYPE, raised);
        send(item.toString(), RemediationChanged.TYPE, raised);
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from tracked_remediation where id = ? and status = 'IN_PROGRESS' and version = 2",
                UuidBytes.of(item)) == 1);
        Thread.sleep(500);
        assertThat(count("select count(*) from tracked_remediation where id = ? and version = 2",
                UuidBytes.of(item))).isEqualTo(1);

        remediation.sweep();
        remediation.sweep();
        assertThat(deliveries("REMEDIATION_DUE", "PENDING")).as("email and inbox, once").isEqualTo(2);
        dispatcher.dispatchDue();
        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain("hai@tusoi.local");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[tusoi] Nhắc hạn khắc phục - hạn " + vn(deadline));
        assertThat(plainText(mails[0])).contains("Ngô Văn Hải").contains("còn 5 ngày")
                .contains("/reports/" + review);

        // the day before: the next stage
        clock.set(day(4, 8, 0));
        remediation.sweep();
        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessagesForDomain("hai@tusoi.local")).hasSize(2);

        // remedied: nothing more on the day
        send(item.toString(), RemediationChanged.TYPE, new RemediationChanged(Ids.newId(), item, campaign, review,
                cell, hai, deadline, "DONE", 3, clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from tracked_remediation where id = ? and status = 'DONE'", UuidBytes.of(item)) == 1);
        clock.set(day(5, 8, 0));
        assertThat(remediation.sweep()).isZero();
        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessagesForDomain("hai@tusoi.local")).hasSize(2);
        SMS.verify(0, postRequestedFor(urlEqualTo("/sms/send")));
    }

    @Test
    void aMovedDeadlineCancelsTheOldRemindersAndBringsItsOwnStages() throws Exception {
        UUID tuan = member("Bùi Văn Tuấn", "tuan@tusoi.local", null);
        List<UUID> issued = assign(tuan);
        jdbc.sql("update delivery set status = 'SKIPPED' where campaign_id = ? and kind = 'ASSIGNED'")
                .param(UuidBytes.of(campaign)).update();
        sweep.sweep();
        assertThat(deliveries("REMINDER", "PENDING")).isEqualTo(3);

        // the deadline moves a week later before the first reminders went out
        LocalDate moved = D.plusDays(10);
        send(issued.get(0).toString(), ReviewTransitioned.TYPE, new ReviewTransitioned(Ids.newId(), campaign,
                issued.get(0), 1, "INDIVIDUAL", cell, tuan, "DRAFTED", "DRAFT", moved,
                tuan.toString(), clock.instant()));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from tracked_assignment where id = ? and due = ?",
                UuidBytes.of(issued.get(0)), moved) == 1);
        dispatcher.dispatchDue();
        assertThat(deliveries("REMINDER", "CANCELLED")).isEqualTo(3);
        assertThat(SMTP.getReceivedMessagesForDomain("tuan@tusoi.local")).isEmpty();

        // seven days before the new deadline, its first stage goes out
        clock.set(day(3, 9, 0));
        sweep.sweep();
        dispatcher.dispatchDue();
        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain("tuan@tusoi.local");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject()).isEqualTo("[tusoi] Nhắc hạn: Bản kiểm điểm cá nhân - hạn " + vn(moved));
    }

    @Test
    void noSmsAtNightAndNoneToWhoTurnedItOff() throws Exception {
        UUID owl = member("Phạm Văn Đêm", "dem@tusoi.local", "+84922222222");
        UUID quiet = member("Vũ Thị Lặng", "lang@tusoi.local", "+84933333333");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/notifications/preferences").with(as(quiet))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"emailEnabled\": true, \"smsEnabled\": false, \"language\": \"vi\"}"))
                .andExpect(status().isOk());
        assign(owl, quiet);
        clock.set(day(0, 22, 30));
        sweep.sweep();
        dispatcher.dispatchDue();
        SMS.verify(0, postRequestedFor(urlEqualTo("/sms/send")));
        assertThat(SMTP.getReceivedMessagesForDomain("dem@tusoi.local")).hasSize(2);
        assertThat(count("select count(*) from delivery where recipient_id = ? and channel = 'SMS'"
                + " and status = 'SKIPPED' and last_error = 'TURNED_OFF'", UuidBytes.of(quiet)))
                .isEqualTo(1);

        clock.set(day(1, 7, 0));
        dispatcher.dispatchDue();
        SMS.verify(1, postRequestedFor(urlEqualTo("/sms/send"))
                .withRequestBody(matchingJsonPath("$.phone", equalTo("+84922222222"))));
    }

    @Test
    void aProviderThatFailsHalfTheTimeIsRetriedUntilEveryMessageIsSentOnce() throws Exception {
        SMS.resetAll();
        // every other request fails: 500, then 429 with a reset time, then success, and so on
        SMS.stubFor(post(urlEqualTo("/sms/send")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("ok"));
        SMS.stubFor(post(urlEqualTo("/sms/send")).inScenario("flaky").whenScenarioStateIs("ok")
                .willReturn(aResponse().withStatus(200).withBody("{\"messageId\": \"x\"}")
                        .withHeader("Content-Type", "application/json")).willSetStateTo("limited"));
        SMS.stubFor(post(urlEqualTo("/sms/send")).inScenario("flaky").whenScenarioStateIs("limited")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "60")).willSetStateTo("ok"));
        UUID[] writers = new UUID[6];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = member("Đảng viên " + i, null, "+8490000000" + i);
        }
        assign(writers);
        sweep.sweep();
        for (int round = 0; round < 10 && deliveries("REMINDER", "SENT") < 6 + 6; round++) {
            dispatcher.dispatchDue();
            clock.set(clock.localNow().plusMinutes(30));
        }
        assertThat(count("select count(*) from delivery where campaign_id = ? and kind = 'REMINDER'"
                + " and channel = 'SMS' and status = 'SENT'", UuidBytes.of(campaign))).isEqualTo(6);
        // each message was accepted once: one 200 per request id
        List<String> accepted = new ArrayList<>();
        SMS.getAllServeEvents().stream().filter(e -> e.getResponse().getStatus() == 200)
                .forEach(e -> accepted.add(json.readTree(e.getRequest().getBodyAsString()).get("requestId")
                        .asString()));
        assertThat(accepted).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void overdueWorkIsReportedUpwardsAsOneDigestPerRecipient() throws Exception {
        UUID province = Ids.newId();
        units.apply(new OrgUnitChanged(Ids.newId(), province, 1, "P-" + province.toString().substring(24),
                "Tỉnh ủy Thử", "TINH_UY", null, "/" + province + "/", "ACTIVE", clock.instant()));
        units.apply(new OrgUnitChanged(Ids.newId(), cell, 1, "C-" + cell.toString().substring(24), "Chi bộ Đông",
                "CHI_BO", province, "/" + province + "/" + cell + "/", "ACTIVE", clock.instant()));
        UUID body = Ids.newId();
        members.apply(new MemberChanged(Ids.newId(), body, 1, "Lê Quốc Hùng", province, "/" + province + "/",
                "ACTIVE", "hung@tusoi.local", null, false, false, List.of(new MemberChanged.Position(province,
                        "ORG_BODY", D.minusYears(1), null)), clock.instant()));
        UUID secretary = Ids.newId();
        members.apply(new MemberChanged(Ids.newId(), secretary, 1, "Nguyễn Thị Hương", cell, "/" + cell + "/",
                "ACTIVE", "huong.bt@tusoi.local", null, true, false, List.of(new MemberChanged.Position(cell,
                        "BI_THU", D.minusYears(1), null)), clock.instant()));
        UUID late1 = member("Trần Văn Muộn", null, null);
        UUID late2 = member("Đỗ Thị Trễ", null, null);
        due = D.minusDays(3);
        assign(late1, late2, null);
        jdbc.sql("update delivery set status = 'SKIPPED' where campaign_id = ?").param(UuidBytes.of(campaign))
                .update();

        sweep.escalate();
        sweep.escalate();
        dispatcher.dispatchDue();

        MimeMessage[] toBody = SMTP.getReceivedMessagesForDomain("hung@tusoi.local");
        MimeMessage[] toSecretary = SMTP.getReceivedMessagesForDomain("huong.bt@tusoi.local");
        assertThat(toSecretary).hasSize(1);
        assertThat(toSecretary[0].getSubject()).isEqualTo("[tusoi] 2 việc quá hạn chưa hoàn thành");
        assertThat(plainText(toSecretary[0])).contains("- Trần Văn Muộn, Chi bộ Đông (" + vn(due) + ")",
                "- Đỗ Thị Trễ, Chi bộ Đông (" + vn(due) + ")")
                .doesNotContain("Chi bộ Đông (" + vn(due) + ")\n- Chi bộ Đông");
        assertThat(plainText(toBody[0])).contains("- Chi bộ Đông (" + vn(due) + ")");
        assertThat(toBody).hasSize(1);
        assertThat(toBody[0].getSubject()).isEqualTo("[tusoi] 3 việc quá hạn chưa hoàn thành");
    }

    @Test
    void twoInstancesDispatchingAtOnceSendEachMessageOnce() throws Exception {
        UUID[] writers = new UUID[40];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = member("Đảng viên " + i, "dv" + i + "@tusoi.local", null);
        }
        assign(writers);
        var pool = Executors.newFixedThreadPool(2);
        List<Callable<Void>> instances = List.of(() -> {
            dispatcher.dispatchDue();
            return null;
        }, () -> {
            dispatcher.dispatchDue();
            return null;
        });
        pool.invokeAll(instances);
        pool.shutdown();
        int received = 0;
        for (int i = 0; i < writers.length; i++) {
            received += SMTP.getReceivedMessagesForDomain("dv" + i + "@tusoi.local").length;
        }
        assertThat(received).isEqualTo(40);
        assertThat(deliveries("ASSIGNED", "SENT")).isEqualTo(80);
    }

    @Test
    void theDeliveryLogSaysWhyInTheReadersLanguage() throws Exception {
        UUID giang = member("Vũ Thị Giang", "giang@tusoi.local", null);
        assign(giang);
        sweep.sweep();
        dispatcher.dispatchDue();

        var administrator = jwt().authorities(new SimpleGrantedAuthority("ROLE_system-admin"));
        String sms = "/api/notifications/deliveries?channel=SMS&recipientId=" + giang;
        mvc.perform(get(sms).with(administrator).header("Accept-Language", "vi"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].status").value("SKIPPED"))
                .andExpect(jsonPath("$[0].lastError").value("NO_MOBILE"))
                .andExpect(jsonPath("$[0].reason").value("Người nhận chưa có số điện thoại di động"));
        mvc.perform(get(sms).with(administrator).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[0].reason").value("The recipient has no mobile number"));
        mvc.perform(get("/api/notifications/deliveries?status=LOST").with(administrator)
                        .header("Accept-Language", "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Không có trạng thái gửi \"LOST\"; dùng một trong: PENDING, "
                        + "SENDING, SENT, FAILED, SKIPPED, CANCELLED."));
    }

    @Test
    void aMemberWhoReadsEnglishGetsTheEnglishTemplateFromTheConfiguredSenderAndItIsCounted() throws Exception {
        UUID lan = member("Lê Thị Lan", "lan.en@tusoi.local", null);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/api/notifications/preferences").with(as(lan))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"emailEnabled\": true, \"smsEnabled\": true, \"language\": \"en\"}"))
                .andExpect(status().isOk());
        double sentBefore = meters.counter("tusoi.notifications.deliveries", "channel", "EMAIL", "outcome", "sent")
                .count();
        long timedBefore = meters.timer("tusoi.notifications.provider.latency", "channel", "EMAIL").count();
        assign(lan);
        await().atMost(Duration.ofSeconds(20)).until(() -> deliveries("ASSIGNED", "PENDING") == 2);
        assertThat(meters.get("tusoi.notifications.queue").tag("channel", "EMAIL").tag("status", "pending")
                .gauge().value()).isEqualTo(1);

        dispatcher.dispatchDue();

        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain("lan.en@tusoi.local");
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getSubject())
                .isEqualTo("[tusoi] New task: Individual self-review - campaign \"Tự soi, tự sửa 2026\"");
        assertThat(((jakarta.mail.internet.InternetAddress) mails[0].getFrom()[0]).getAddress())
                .isEqualTo("bantochuc@tusoi.test");
        assertThat(((jakarta.mail.internet.InternetAddress) mails[0].getFrom()[0]).getPersonal())
                .isEqualTo("Ban Tổ chức");
        assertThat(meters.counter("tusoi.notifications.deliveries", "channel", "EMAIL", "outcome", "sent").count())
                .isEqualTo(sentBefore + 1);
        assertThat(meters.timer("tusoi.notifications.provider.latency", "channel", "EMAIL").count())
                .isEqualTo(timedBefore + 1);
        assertThat(meters.get("tusoi.notifications.queue").tag("channel", "EMAIL").tag("status", "pending")
                .gauge().value()).isZero();
    }
}
