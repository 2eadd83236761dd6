package vn.tusoi.review.remediation;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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

import tools.jackson.databind.JsonNode;
import vn.tusoi.events.RemediationChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.ReviewApiTest;
import vn.tusoi.review.ReviewWorld;
import vn.tusoi.review.TestDays;

/**
 * Remediation on the test province: the xã's bí thư raises an item from a member's decided review, the member
 * follows it up, the chi bộ and the xã see it overdue, and the member's next review opens with it.
 */
class RemediationWorkflowTest extends ReviewApiTest {

    static final String GOOD = """
            {"points": {"TU_TUONG_CHINH_TRI": 8, "DAO_DUC_LOI_SONG": 8, "TO_CHUC_KY_LUAT": 6, "TAC_PHONG": 3,
                        "NHIEM_VU_DUOC_GIAO": 40, "CAM_KET_RL": 15},
             "tasksTotal": 10, "tasksDone": 10, "tasksLate": 0, "tasksBeyond": 0,
             "disciplinedSubordinate": false, "disqualified": false, "level": "TOT"}""";

    UUID campaign;
    UUID review;

    @BeforeEach
    void decidedReview() throws Exception {
        campaign = createCampaign(world.campaign("YEARLY"));
        launch(campaign);
        review = individual(campaign, world.memberA);
        JwtRequestPostProcessor member = ReviewWorld.as(world.memberA);
        // the chi bộ's report is discussed first, then its bí thư's and phó bí thư's reviews, then its members'
        UUID collective = jdbc.sql("select id from review_assignment where campaign_id = ? and place_unit_id = ?"
                        + " and kind = 'COLLECTIVE'")
                .params(UuidBytes.of(campaign), UuidBytes.of(world.cellA))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
        discuss(collective, ReviewWorld.as(world.headA));
        discuss(individual(campaign, world.headA), ReviewWorld.as(world.headA));
        discuss(individual(campaign, world.deputyA), ReviewWorld.as(world.deputyA));
        discuss(review, member);
        rate("self", member).andExpect(status().isOk());
        rate("proposal", ReviewWorld.as(world.headA)).andExpect(status().isOk());
    }

    UUID individual(UUID inCampaign, UUID member) {
        return jdbc.sql("select id from review_assignment where campaign_id = ? and member_id = ? and kind = 'INDIVIDUAL'"
                        + " and place_unit_id = ?")
                .params(UuidBytes.of(inCampaign), UuidBytes.of(member), UuidBytes.of(world.cellA))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
    }

    ResultActions rate(String step, JwtRequestPostProcessor who) throws Exception {
        return mvc.perform(put("/api/reviews/reports/" + review + "/rating/" + step).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(GOOD));
    }

    ResultActions raise(JwtRequestPostProcessor who, String what, Object due) throws Exception {
        return mvc.perform(post("/api/reviews/reports/" + review + "/remediation").with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"what\": \"%s\", \"due\": \"%s\"}".formatted(what, due)));
    }

    ResultActions followUp(UUID item, JwtRequestPostProcessor who, String body) throws Exception {
        return mvc.perform(post("/api/reviews/remediation/" + item + "/follow-up").with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    UUID raised(String what) throws Exception {
        String body = raise(ReviewWorld.as(world.communeSecretary), what, TestDays.TODAY.plusMonths(3))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(UTF_8);
        return UUID.fromString(json.readTree(body).get("item").get("id").asString());
    }

    JwtRequestPostProcessor superior() {
        return ReviewWorld.as(world.communeSecretary);
    }

    /** The item's events on review.events.v1, keyed by the item. */
    List<RemediationChanged> eventsOf(UUID item) {
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "remediation-events-" + item, true);
        List<RemediationChanged> seen = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.REVIEW_EVENTS);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    if (record.key().equals(item.toString()) && RemediationChanged.TYPE.equals(
                            new String(record.headers().lastHeader("ce_type").value(), UTF_8))) {
                        seen.add(json.readValue(record.value(), RemediationChanged.class));
                    }
                });
                assertThat(seen).isNotEmpty();
            });
        }
        return seen;
    }

    @Test
    void anItemIsRaisedOnlyOnceTheRatingIsDecided() throws Exception {
        raise(superior(), "Chưa sâu sát cơ sở.", TestDays.TODAY.plusMonths(3)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Chỉ giao việc khắc phục từ bản kiểm điểm đã được quyết định xếp loại."));
        rate("decision", superior()).andExpect(status().isOk());
        raise(superior(), "Chưa sâu sát cơ sở.", TestDays.TODAY.minusDays(1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("đã qua")));
        raise(ReviewWorld.as(world.memberA), "Tự giao.", TestDays.TODAY.plusMonths(3))
                .andExpect(status().isForbidden());
        String body = raise(superior(), "Chưa sâu sát cơ sở.", TestDays.TODAY.plusMonths(3))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.item.status").value("OPEN"))
                .andExpect(jsonPath("$.item.ownerName").value("Hoàng Văn Ấm"))
                .andExpect(jsonPath("$.item.placeUnitName").value("Chi bộ thôn Đông"))
                .andReturn().getResponse().getContentAsString(UTF_8);
        assertThat(jdbc.sql("select count(*) from review_remediation").query(Long.class).single()).isEqualTo(1);
        // notification-service learns whose item it is and by when, never what it says
        UUID item = UUID.fromString(json.readTree(body).get("item").get("id").asString());
        RemediationChanged changed = eventsOf(item).get(0);
        assertThat(changed.ownerMemberId()).isEqualTo(world.memberA);
        assertThat(changed.due()).isEqualTo(TestDays.TODAY.plusMonths(3));
        assertThat(changed.status()).isEqualTo("OPEN");
        assertThat(json.writeValueAsString(changed)).doesNotContain("sâu sát");
    }

    @Test
    void theMemberFollowsTheItemUpAndTheSuperiorReopensWhatIsNotRemedied() throws Exception {
        rate("decision", superior()).andExpect(status().isOk());
        UUID item = raised("Chưa sâu sát cơ sở.");
        JwtRequestPostProcessor member = ReviewWorld.as(world.memberA);
        mvc.perform(get("/api/reviews/reports/" + review + "/remediation").with(member))
                .andExpect(jsonPath("$.mayRaise").value(false))
                .andExpect(jsonPath("$.raised[0].actions").value(org.hamcrest.Matchers.contains("START", "COMPLETE",
                        "NOTE")));
        followUp(item, member, "{\"action\": \"START\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.item.status").value("IN_PROGRESS"));
        followUp(item, member, "{\"action\": \"COMPLETE\", \"evidence\": \" \"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("minh chứng")));
        followUp(item, member, "{\"action\": \"COMPLETE\", \"evidence\": \"Đã dự 4 buổi sinh hoạt ở thôn.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.item.status").value("DONE"))
                .andExpect(jsonPath("$.item.evidence").value("Đã dự 4 buổi sinh hoạt ở thôn."));
        followUp(item, member, "{\"action\": \"REOPEN\", \"note\": \"Tự mở lại.\"}").andExpect(status().isForbidden());
        followUp(item, superior(), "{\"action\": \"REOPEN\", \"note\": \"Chưa có biên bản.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.item.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.notes.length()").value(3))
                .andExpect(jsonPath("$.notes[2].body").value("Chưa có biên bản."))
                .andExpect(jsonPath("$.notes[2].fromStatus").value("DONE"));
        assertThat(jdbc.sql("select version from review_remediation where id = ?").param(UuidBytes.of(item))
                .query(Long.class).single()).isEqualTo(4);
    }

    @Test
    void theChiBoAndTheXaSeeOverdueItemsAndOthersLearnNothing() throws Exception {
        rate("decision", superior()).andExpect(status().isOk());
        UUID late = raised("Chưa nộp đảng phí đúng hạn.");
        raised("Chưa sâu sát cơ sở.");
        // time passes: the first item's deadline is behind us
        jdbc.sql("update review_remediation set due_on = ? where id = ?")
                .params(TestDays.TODAY.minusDays(3), UuidBytes.of(late)).update();
        for (UUID follower : new UUID[] {world.headA, world.communeSecretary}) {
            mvc.perform(get("/api/reviews/units/" + world.cellA + "/remediation?overdue=true")
                            .with(ReviewWorld.as(follower)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items.length()").value(1))
                    .andExpect(jsonPath("$.items[0].id").value(late.toString()))
                    .andExpect(jsonPath("$.items[0].overdue").value(true))
                    .andExpect(jsonPath("$.progress.total").value(2))
                    .andExpect(jsonPath("$.progress.overdue").value(1));
        }
        mvc.perform(get("/api/reviews/units/" + world.commune + "/remediation").with(superior()))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].id").value(late.toString()));
        String refused = mvc.perform(get("/api/reviews/units/" + world.cellA + "/remediation")
                        .with(ReviewWorld.as(world.memberB)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(UTF_8);
        assertThat(refused).doesNotContain("Chi bộ thôn Đông");
        mvc.perform(get("/api/reviews/remediation/" + late).with(ReviewWorld.as(world.memberB)))
                .andExpect(status().isNotFound());
        followUp(late, ReviewWorld.as(world.memberB), "{\"action\": \"NOTE\", \"note\": \"x\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/reviews/remediation/mine").with(ReviewWorld.as(world.memberA)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].overdue").value(true));
    }

    @Test
    void theNextCampaignOpensTheMembersReviewWithTheItemsAndTheirStatus() throws Exception {
        rate("decision", superior()).andExpect(status().isOk());
        UUID item = raised("Chưa sâu sát cơ sở.");
        followUp(item, ReviewWorld.as(world.memberA),
                "{\"action\": \"COMPLETE\", \"evidence\": \"Đã dự 4 buổi sinh hoạt ở thôn.\"}")
                .andExpect(status().isOk());

        UUID next = createCampaign(world.campaign("THEMATIC").replace("Kiểm điểm, đánh giá, xếp loại năm",
                "Tự soi, tự sửa chuyên đề"));
        launch(next);
        UUID nextReview = individual(next, world.memberA);
        String body = mvc.perform(get("/api/reviews/reports/" + nextReview).with(ReviewWorld.as(world.memberA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(UTF_8);
        String carried = json.readTree(body).get("content").get("sections").get("KHAC_PHUC").asString();
        assertThat(carried).contains("Kiểm điểm, đánh giá, xếp loại năm")
                .contains("1. Chưa sâu sát cơ sở. (hạn ")
                .contains("đã khắc phục — Đã dự 4 buổi sinh hoạt ở thôn.");
        mvc.perform(get("/api/reviews/reports/" + nextReview + "/remediation").with(ReviewWorld.as(world.memberA)))
                .andExpect(jsonPath("$.raised.length()").value(0))
                .andExpect(jsonPath("$.carried[0].id").value(item.toString()))
                .andExpect(jsonPath("$.carried[0].status").value("DONE"));
        // another member's review carries nothing of it
        JsonNode other = json.readTree(mvc.perform(get("/api/reviews/reports/" + individual(next, world.deputyA))
                .with(ReviewWorld.as(world.deputyA))).andReturn().getResponse().getContentAsString(UTF_8));
        assertThat(other.get("content").get("sections").has("KHAC_PHUC")).isFalse();
    }
}
