package vn.tusoi.review.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import vn.tusoi.events.ReviewTransitioned;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.ReviewApiTest;
import vn.tusoi.review.ReviewWorld;
import vn.tusoi.review.TestDays;

/** From a first draft to a discussed report, with the rules that hold on the way. */
class ReportWorkflowTest extends ReviewApiTest {

    static final LocalDate TODAY = TestDays.TODAY;

    UUID campaign;

    @BeforeEach
    void launchedCampaign() throws Exception {
        campaign = createCampaign(world.campaign("THEMATIC"));
        launch(campaign);
    }

    UUID individual(UUID member, UUID place) {
        return jdbc.sql("select id from review_assignment where campaign_id = ? and member_id = ?"
                        + " and place_unit_id = ? and kind = 'INDIVIDUAL'")
                .params(UuidBytes.of(campaign), UuidBytes.of(member), UuidBytes.of(place))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
    }

    UUID collective(UUID place) {
        return jdbc.sql("select id from review_assignment where campaign_id = ? and place_unit_id = ?"
                        + " and kind = 'COLLECTIVE'")
                .params(UuidBytes.of(campaign), UuidBytes.of(place))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
    }

    ResultActions draft(UUID report, int revision, String sections, JwtRequestPostProcessor who, boolean autosave)
            throws Exception {
        return mvc.perform(put("/api/reviews/reports/" + report + "/draft?autosave=" + autosave).with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"revision\": %d, \"content\": %s}".formatted(revision, sections)));
    }

    static String content(String text) {
        return "{\"sections\": {\"UU_DIEM\": \"%s\", \"HAN_CHE\": \"Đôi khi chưa đúng hạn.\"}}".formatted(text);
    }

    ResultActions step(UUID report, String action, String body, JwtRequestPostProcessor who) throws Exception {
        var request = post("/api/reviews/reports/" + report + "/" + action).with(who);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    String meeting(LocalDate day) {
        return """
                {"heldOn": "%s", "present": 5, "absent": 1, "minutes": "Đồng chí trình bày, các đồng chí góp ý.",
                 "conclusion": "Thống nhất nội dung bản kiểm điểm."}""".formatted(day);
    }

    /** Drafted, submitted, discussed: the member's report as far as a chi bộ takes it. */
    void submitAndDiscuss(UUID member, UUID place, JwtRequestPostProcessor leader) throws Exception {
        UUID report = individual(member, place);
        draft(report, 0, content("Hoàn thành nhiệm vụ."), ReviewWorld.as(member), false).andExpect(status().isOk());
        step(report, "submit", null, ReviewWorld.as(member)).andExpect(status().isOk());
        step(report, "meeting", meeting(TODAY), leader).andExpect(status().isOk());
    }

    @Test
    void theHistoryKeepsTheNewestTwentyDraftsAndEverySubmittedVersion() throws Exception {
        UUID report = individual(world.memberA, world.cellA);
        var member = ReviewWorld.as(world.memberA);
        int revision = 0;
        for (int i = 1; i <= 22; i++) {
            draft(report, revision++, content("Bản " + i), member, false).andExpect(status().isOk());
        }
        // the same text saved again is no new version
        draft(report, revision++, content("Bản 22"), member, false).andExpect(status().isOk());
        mvc.perform(get("/api/reviews/reports/" + report + "/versions").with(member))
                .andExpect(jsonPath("$", hasSize(20)))
                .andExpect(jsonPath("$[0].revision").value(22))
                .andExpect(jsonPath("$[19].revision").value(3));
        mvc.perform(get("/api/reviews/reports/" + report + "/versions/2").with(member))
                .andExpect(status().isNotFound());
        step(report, "submit", null, member).andExpect(status().isOk());
        mvc.perform(get("/api/reviews/reports/" + report + "/versions").with(member))
                .andExpect(jsonPath("$", hasSize(21)))
                .andExpect(jsonPath("$[0].kind").value("SUBMITTED"));
    }

    @Test
    void aMemberDraftsSubmitsIsReturnedWithReasonsAndResubmits() throws Exception {
        UUID report = individual(world.memberA, world.cellA);
        var member = ReviewWorld.as(world.memberA);
        mvc.perform(get("/api/reviews/reports/" + report).with(member))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_STARTED"))
                .andExpect(jsonPath("$.template.templateCode").value("MAU_2A"))
                .andExpect(jsonPath("$.editable").value(true));

        draft(report, 0, content("Bản đầu"), member, true).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.revision").value(1));
        draft(report, 1, content("Bản thứ hai"), member, false).andExpect(status().isOk())
                .andExpect(jsonPath("$.revision").value(2));
        // a save from an older revision (another tab) does not overwrite the newer text
        draft(report, 1, content("Bản cũ"), member, false).andExpect(status().isConflict());
        draft(report, 2, "{\"sections\": {\"KHONG_CO\": \"x\"}}", member, false).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("KHONG_CO")));
        // the autosave is not in the history; the save by hand is
        mvc.perform(get("/api/reviews/reports/" + report + "/versions").with(member))
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].revision").value(2));

        step(report, "submit", null, member).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        draft(report, 3, content("Sửa sau khi nộp"), member, false).andExpect(status().isConflict());

        // the chi bộ's bí thư returns it; a plain member of another chi bộ cannot even see it
        step(report, "return", "{\"reasons\": \"Chưa nêu rõ nguyên nhân hạn chế.\"}",
                ReviewWorld.as(world.memberB)).andExpect(status().isNotFound());
        step(report, "return", "{\"reasons\": \"Chưa nêu rõ nguyên nhân hạn chế.\"}",
                ReviewWorld.as(world.headA)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        draft(report, 3, content("Đã bổ sung nguyên nhân."), member, false).andExpect(status().isOk());
        step(report, "submit", null, member).andExpect(status().isOk());

        mvc.perform(get("/api/reviews/reports/" + report + "/versions").with(member))
                .andExpect(jsonPath("$[*].kind").value(contains("SUBMITTED", "DRAFT",
                        "SUBMITTED", "DRAFT")));
        // the first submitted version is kept as it was
        String reads = "select count(*) from read_audit where entity_id = ? and what = 'REVIEW_REPORT'"
                + " and actor_member = ?";
        assertThat(jdbc.sql(reads).params(UuidBytes.of(report), UuidBytes.of(world.memberA)).query(Long.class)
                .single()).as("the writer's own reads are not recorded").isZero();
        mvc.perform(get("/api/reviews/reports/" + report + "/versions/3").with(ReviewWorld.as(world.headA)))
                .andExpect(jsonPath("$.kind").value("SUBMITTED"))
                .andExpect(jsonPath("$.content.sections.UU_DIEM").value("Bản thứ hai"));
        assertThat(jdbc.sql(reads).params(UuidBytes.of(report), UuidBytes.of(world.headA)).query(Long.class)
                .single()).as("the bí thư read a version").isEqualTo(1);
        mvc.perform(get("/api/reviews/audit/reads").param("entityId", report.toString())
                        .with(ReviewWorld.systemAdmin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].actorMember").value(world.headA.toString()))
                .andExpect(jsonPath("$[0].what").value("REVIEW_REPORT"));
        mvc.perform(get("/api/reviews/audit/reads").param("entityId", report.toString())
                .with(ReviewWorld.as(world.headA))).andExpect(status().isForbidden());
        mvc.perform(get("/api/reviews/reports/" + report + "/history").with(member))
                .andExpect(jsonPath("$[*].action").value(contains("DRAFTED", "SUBMITTED",
                        "RETURNED", "RESUBMITTED")))
                .andExpect(jsonPath("$[2].actor").value(world.headA.toString()))
                .andExpect(jsonPath("$[2].detail").value("Chưa nêu rõ nguyên nhân hạn chế."));
    }

    @Test
    void onlyTheWriterWritesAndOnlyTheLeadershipRecordsTheMeeting() throws Exception {
        UUID report = individual(world.memberA, world.cellA);
        draft(report, 0, content("Của người khác"), ReviewWorld.as(world.headA), false)
                .andExpect(status().isForbidden());
        UUID collective = collective(world.cellA);
        draft(collective, 0, content("Dự thảo"), ReviewWorld.as(world.memberA), false)
                .andExpect(status().isNotFound());
        draft(report, 0, content("Của tôi"), ReviewWorld.as(world.memberA), false).andExpect(status().isOk());
        step(report, "submit", null, ReviewWorld.as(world.memberA)).andExpect(status().isOk());
        step(report, "meeting", meeting(TODAY), ReviewWorld.as(world.memberA)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from review_meeting where assignment_id = ?")
                .param(UuidBytes.of(report)).query(Long.class).single()).isZero();
    }

    @Test
    void suggestionsMustBeAnsweredBeforeSubmitting() throws Exception {
        String issued = mvc.perform(post("/api/reviews/campaigns/" + campaign + "/suggestions")
                        .with(ReviewWorld.as(world.organizationBody)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetMemberId\": \"%s\", \"body\": \"Làm rõ việc chậm nộp đảng phí.\"}"
                                .formatted(world.memberA)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(UTF_8);
        UUID suggestion = UUID.fromString(json.readTree(issued).get("id").asString());
        // a chi bộ's bí thư is not a superior of his own members for suggestions
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/suggestions").with(ReviewWorld.as(world.headA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"targetUnitId\": \"%s\", \"body\": \"x\"}".formatted(world.cellA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy đơn vị hoặc đảng viên nào trong đợt kiểm"
                        + " điểm này mà bạn được gợi ý kiểm điểm."));

        UUID report = individual(world.memberA, world.cellA);
        var member = ReviewWorld.as(world.memberA);
        mvc.perform(get("/api/reviews/reports/" + report).with(member))
                .andExpect(jsonPath("$.suggestions[0].body").value("Làm rõ việc chậm nộp đảng phí."));
        draft(report, 0, content("Hoàn thành nhiệm vụ."), member, false).andExpect(status().isOk());
        step(report, "submit", null, member).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("chưa giải trình")));
        draft(report, 1, """
                {"sections": {"UU_DIEM": "Hoàn thành nhiệm vụ."},
                 "answers": {"%s": "Do đi công tác dài ngày; đã nộp bù đủ."}}""".formatted(suggestion), member, false)
                .andExpect(status().isOk());
        step(report, "submit", null, member).andExpect(status().isOk());
    }

    @Test
    void theCollectiveDraftIsCirculatedCommentedAndDiscussedFirst() throws Exception {
        UUID collective = collective(world.cellA);
        var head = ReviewWorld.as(world.headA);
        draft(collective, 0, content("Chi bộ hoàn thành tốt nhiệm vụ."), head, false).andExpect(status().isOk());
        // members do not see a draft that has not been circulated to them
        mvc.perform(get("/api/reviews/reports/" + collective).with(ReviewWorld.as(world.memberA)))
                .andExpect(status().isNotFound());
        LocalDate tomorrow = TODAY.plusDays(1);
        step(collective, "circulate", "{\"plannedMeetingOn\": \"%s\"}".formatted(tomorrow), head)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CIRCULATED"))
                .andExpect(jsonPath("$.warnings[0]").value(containsString("cần ít nhất 3")));
        mvc.perform(get("/api/reviews/reports/" + collective).with(ReviewWorld.as(world.memberA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.editable").value(false));
        step(collective, "comments", "{\"body\": \"Đề nghị nêu rõ hơn hạn chế về sinh hoạt.\"}",
                ReviewWorld.as(world.memberA)).andExpect(status().isOk());
        step(collective, "comments", "{\"body\": \"Góp ý từ chi bộ khác\"}", ReviewWorld.as(world.memberB))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reviews/reports/" + collective + "/comments").with(head))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].authorName").value("Hoàng Văn Ấm"));

        // members' reviews wait for the collective's
        UUID memberReport = individual(world.memberA, world.cellA);
        draft(memberReport, 0, content("Hoàn thành nhiệm vụ."), ReviewWorld.as(world.memberA), false);
        step(memberReport, "submit", null, ReviewWorld.as(world.memberA)).andExpect(status().isOk());
        step(memberReport, "meeting", meeting(TODAY), head).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("tập thể")));

        step(collective, "submit", null, head).andExpect(status().isOk());
        step(collective, "meeting", meeting(TODAY.plusDays(1)), head).andExpect(status().isBadRequest());
        step(collective, "meeting", meeting(TODAY), head).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DISCUSSED"))
                .andExpect(jsonPath("$.warnings[0]").value(containsString("0 ngày làm việc")));

        // then the bí thư before the phó bí thư, both before the members
        step(memberReport, "meeting", meeting(TODAY), head).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Lê Văn Đông")));
        submitAndDiscuss(world.headA, world.cellA, head);
        step(memberReport, "meeting", meeting(TODAY), head).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Phạm Thị Phó")));
        submitAndDiscuss(world.deputyA, world.cellA, head);
        step(memberReport, "meeting", meeting(TODAY), head).andExpect(status().isOk());
        mvc.perform(get("/api/reviews/reports/" + memberReport).with(ReviewWorld.as(world.memberA)))
                .andExpect(jsonPath("$.status").value("DISCUSSED"))
                .andExpect(jsonPath("$.meeting.conclusion").value("Thống nhất nội dung bản kiểm điểm."));
    }

    @Test
    void aClosedCampaignLocksEveryReport() throws Exception {
        UUID report = individual(world.memberA, world.cellA);
        draft(report, 0, content("Trước khi kết thúc"), ReviewWorld.as(world.memberA), false)
                .andExpect(status().isOk());
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/close")
                .with(ReviewWorld.as(world.organizationBody))).andExpect(status().isOk());
        draft(report, 1, content("Sau khi kết thúc"), ReviewWorld.as(world.memberA), false)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("đã kết thúc")));
        step(report, "submit", null, ReviewWorld.as(world.memberA)).andExpect(status().isConflict());
        mvc.perform(get("/api/reviews/reports/" + report).with(ReviewWorld.as(world.memberA)))
                .andExpect(jsonPath("$.content.sections.UU_DIEM").value("Trước khi kết thúc"))
                .andExpect(jsonPath("$.editable").value(false));
    }

    @Test
    void everyStepIsAuditedAndPublishedThroughTheOutbox() throws Exception {
        UUID report = individual(world.memberB, world.cellB);
        draft(report, 0, content("Hoàn thành."), ReviewWorld.as(world.memberB), true);
        draft(report, 1, content("Hoàn thành tốt."), ReviewWorld.as(world.memberB), true);
        step(report, "submit", null, ReviewWorld.as(world.memberB)).andExpect(status().isOk());
        List<String> actions = jdbc.sql("select action from review_audit where assignment_id = ? order by acted_at")
                .param(UuidBytes.of(report)).query(String.class).list();
        assertThat(actions).containsExactly("DRAFTED", "SUBMITTED");
        assertThat(jdbc.sql("select version from review_assignment where id = ?").param(UuidBytes.of(report))
                .query(Long.class).single()).isEqualTo(2);

        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "report-events-" + report, true);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.REVIEW_EVENTS);
            List<ReviewTransitioned> published = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    if (record.key().equals(report.toString())) {
                        published.add(json.readValue(record.value(), ReviewTransitioned.class));
                    }
                });
                assertThat(published).extracting(ReviewTransitioned::action).containsExactly("DRAFTED", "SUBMITTED");
            });
            assertThat(published).extracting(ReviewTransitioned::version).containsExactly(1L, 2L);
            assertThat(published.get(1).memberId()).isEqualTo(world.memberB);
            assertThat(published.get(1).actor()).isEqualTo(world.memberB.toString());
            assertThat(published.get(1).due()).isEqualTo(TestDays.CELL_DUE);
        }
    }
}
