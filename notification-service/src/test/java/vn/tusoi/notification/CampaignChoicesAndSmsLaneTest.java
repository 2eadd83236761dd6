package vn.tusoi.notification;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import vn.tusoi.events.CampaignChanged;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;

/** What a campaign chooses for its reminders, the one SMS lane, and the provider's delivery reports. */
class CampaignChoicesAndSmsLaneTest extends NotificationScenario {

    void campaignChanges(String status, CampaignChanged.Reminders reminders) throws Exception {
        send(campaign.toString(), CampaignChanged.TYPE, new CampaignChanged(Ids.newId(), campaign, 2, Ids.newId(),
                "THEMATIC", "Tự soi, tự sửa 2026", status, List.of(), clock.instant(), reminders));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from tracked_campaign where id = ? and version = 2", UuidBytes.of(campaign)) == 1);
    }

    /** Queues the reminders of this sweep for the members and leaves the launch notices aside. */
    List<UUID> assignAndSweep(UUID... writers) throws Exception {
        List<UUID> issued = assign(writers);
        jdbc.sql("update delivery set status = 'SKIPPED' where campaign_id = ? and kind = 'ASSIGNED'")
                .param(UuidBytes.of(campaign)).update();
        sweep.sweep();
        return issued;
    }

    List<String> reminderStages() {
        return jdbc.sql("select distinct substring_index(topic_key, ':', -1) from delivery"
                        + " where campaign_id = ? and kind = 'REMINDER'")
                .param(UuidBytes.of(campaign)).query(String.class).list();
    }

    @Test
    void aCampaignsOwnStagesDecideWhenMembersAreReminded() throws Exception {
        // 5 days before only, and no reminder once the deadline has passed
        campaignChanges("LAUNCHED", new CampaignChanged.Reminders(List.of(5), 2, 0, false));
        UUID an = member("Lê Văn An", "an@tusoi.local", null);
        // the first event delivered again (no settings, an older version) changes nothing; the assignments sent after
        // it on the same partition show it was read
        send(campaign.toString(), CampaignChanged.TYPE, new CampaignChanged(Ids.newId(), campaign, 1, Ids.newId(),
                "THEMATIC", "Tự soi, tự sửa 2026", "LAUNCHED", List.of(), clock.instant(), null));

        assignAndSweep(an);
        assertThat(reminderStages()).as("3 days left: the 5-day stage, not the default 3-day one")
                .containsExactly("D5");

        clock.set(day(6, 9, 0));
        sweep.sweep();
        assertThat(reminderStages()).as("3 days late: nothing more").containsExactly("D5");
    }

    @Test
    void aClosedCampaignRemindsNobody() throws Exception {
        UUID binh = member("Trần Thị Bình", "binh@tusoi.local", "+84911111111");
        campaignChanges("CLOSED", null);

        assignAndSweep(binh);

        assertThat(count("select count(*) from delivery where campaign_id = ? and kind <> 'ASSIGNED'",
                UuidBytes.of(campaign))).isZero();
    }

    @Test
    void smsKeepTheirDiacriticsWhenTheCampaignChoosesSo() throws Exception {
        campaignChanges("LAUNCHED", new CampaignChanged.Reminders(List.of(7, 3, 1), 2, 3, true));
        UUID cuong = member("Phạm Văn Cường", null, "+84933333333");
        List<UUID> issued = assignAndSweep(cuong);

        dispatcher.dispatchDue();

        SMS.verify(1, postRequestedFor(urlEqualTo("/sms/send")).withRequestBody(matchingJsonPath("$.message",
                equalTo("tusoi: Bản kiểm điểm cá nhân đợt \"Tự soi, tự sửa 2026\" hạn " + vn(due) + " (còn 3 ngày). "
                        + "http://localhost:8080/reports/" + issued.get(0)))));
    }

    @Test
    void aTitleGoesIntoMessagesBoundedAndWithNothingToFollow() throws Exception {
        // a title written before titles were checked, or sent by another producer: never passed on as it is
        send(campaign.toString(), CampaignChanged.TYPE, new CampaignChanged(Ids.newId(), campaign, 2, Ids.newId(),
                "THEMATIC", "Nhận thưởng tại http://thuong.example/x\nhoặc gọi 0912 345 678", "LAUNCHED",
                List.of(), clock.instant(), new CampaignChanged.Reminders(List.of(7, 3, 1), 2, 3, true)));
        await().atMost(Duration.ofSeconds(20)).until(() -> count(
                "select count(*) from tracked_campaign where id = ? and version = 2", UuidBytes.of(campaign)) == 1);
        UUID giang = member("Đỗ Văn Giang", null, "+84955555555");
        List<UUID> issued = assignAndSweep(giang);

        dispatcher.dispatchDue();

        SMS.verify(1, postRequestedFor(urlEqualTo("/sms/send")).withRequestBody(matchingJsonPath("$.message",
                equalTo("tusoi: Bản kiểm điểm cá nhân đợt \"Nhận thưởng tại … hoặc gọi …\" hạn " + vn(due)
                        + " (còn 3 ngày). http://localhost:8080/reports/" + issued.get(0)))));
    }

    @Test
    void onlyTheInstanceHoldingTheSmsLaneSendsSms() throws Exception {
        UUID dung = member("Hoàng Văn Dũng", "dung@tusoi.local", "+84944444444");
        // another instance is sending SMS for the next minute
        jdbc.sql("update dispatch_lease set holder = 'other-instance', until = ? where lane = 'SMS'")
                .param(UtcTimes.of(clock.instant().plusSeconds(60))).update();
        assignAndSweep(dung);

        dispatcher.dispatchDue();
        assertThat(SMTP.getReceivedMessagesForDomain("dung@tusoi.local")).as("email goes out on every instance")
                .hasSize(1);
        SMS.verify(0, postRequestedFor(urlEqualTo("/sms/send")));
        assertThat(count("select count(*) from delivery where campaign_id = ? and channel = 'SMS'"
                + " and status = 'PENDING'", UuidBytes.of(campaign))).isEqualTo(1);

        // the other instance stopped without letting go: its lease runs out and this one takes the lane
        clock.set(day(0, 10, 2));
        dispatcher.dispatchDue();
        SMS.verify(1, postRequestedFor(urlEqualTo("/sms/send"))
                .withRequestBody(matchingJsonPath("$.phone", equalTo("+84944444444"))));
        assertThat(jdbc.sql("select holder from dispatch_lease where lane = 'SMS'").query(String.class).optional())
                .as("let go once the queue is empty").isEmpty();
    }

    @Test
    void anInstanceThatLosesTheSmsLaneMidBatchStopsAndPutsTheRestBack() throws Exception {
        UUID[] writers = new UUID[40];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = member("Đảng viên " + i, null, String.format("+849000000%02d", i));
        }
        assignAndSweep(writers);
        SMS.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/sms/send"))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(200)
                        .withFixedDelay(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"messageId\": \"slow\"}")));

        var sending = java.util.concurrent.Executors.newSingleThreadExecutor().submit(dispatcher::dispatchSms);
        await().atMost(Duration.ofSeconds(10)).until(() -> !SMS.getAllServeEvents().isEmpty());
        // another instance takes the lane over (as if this one had been too slow to renew it)
        jdbc.sql("update dispatch_lease set holder = 'other-instance', until = ? where lane = 'SMS'")
                .param(UtcTimes.of(clock.instant().plusSeconds(60))).update();
        sending.get(30, java.util.concurrent.TimeUnit.SECONDS);

        long sent = count("select count(*) from delivery where campaign_id = ? and channel = 'SMS' and status = 'SENT'",
                UuidBytes.of(campaign));
        assertThat(sent).as("what was under way when the lane was lost is finished, nothing more")
                .isBetween(25L, 39L);
        assertThat(count("select count(*) from delivery where campaign_id = ? and channel = 'SMS'"
                + " and status = 'PENDING' and attempts = 0", UuidBytes.of(campaign))).isEqualTo(40 - sent);
        assertThat(count("select count(*) from delivery where campaign_id = ? and status = 'SENDING'",
                UuidBytes.of(campaign))).isZero();
        SMS.verify((int) sent, postRequestedFor(urlEqualTo("/sms/send")));
    }

    @Test
    void theProvidersDeliveryReportsAreKeptOnceAndOnlyWithItsToken() throws Exception {
        UUID em = member("Đỗ Thị Em", null, "+84955555555");
        assignAndSweep(em);
        dispatcher.dispatchDue();
        UUID sms = jdbc.sql("select id from delivery where campaign_id = ? and channel = 'SMS' and status = 'SENT'")
                .param(UuidBytes.of(campaign)).query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
        String delivered = "{\"requestId\": \"" + sms + "\", \"messageId\": \"sms-1\", \"status\": \"DELIVERED\"}";

        mvc.perform(post("/api/notifications/sms/delivery-reports").contentType(MediaType.APPLICATION_JSON)
                        .content(delivered))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(
                        "Báo cáo phát tin không có mã xác thực hợp lệ (X-Callback-Token)."));
        mvc.perform(post("/api/notifications/sms/delivery-reports").header("X-Callback-Token", "guess")
                        .contentType(MediaType.APPLICATION_JSON).content(delivered))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/notifications/sms/delivery-reports").header("X-Callback-Token", "test-callback-token")
                        .contentType(MediaType.APPLICATION_JSON).content(delivered.replace("DELIVERED", "LOST")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/notifications/sms/delivery-reports").header("X-Callback-Token", "test-callback-token")
                        .contentType(MediaType.APPLICATION_JSON).content(delivered.replace(sms.toString(),
                                Ids.newId().toString())))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from delivery where id = ? and report_status is null",
                UuidBytes.of(sms))).as("refused reports change nothing").isEqualTo(1);

        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/notifications/sms/delivery-reports")
                            .header("X-Callback-Token", "test-callback-token")
                            .contentType(MediaType.APPLICATION_JSON).content(delivered))
                    .andExpect(status().isNoContent());
        }
        assertThat(jdbc.sql("select report_status from delivery where id = ?").param(UuidBytes.of(sms))
                .query(String.class).single()).isEqualTo("DELIVERED");
        assertThat(count("select count(*) from delivery where id = ? and status = 'SENT' and reported_at is not null",
                UuidBytes.of(sms))).isEqualTo(1);
    }
}
