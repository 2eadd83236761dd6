package vn.tusoi.review.assignment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import vn.tusoi.events.AssignmentsIssued;
import vn.tusoi.events.CampaignChanged;
import vn.tusoi.events.Topics;
import vn.tusoi.platform.id.Ids;
import vn.tusoi.platform.sql.UtcTimes;
import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.test.TestClock;
import vn.tusoi.review.ReviewApiTest;
import vn.tusoi.review.ReviewWorld;
import vn.tusoi.review.TestDays;
import vn.tusoi.review.lifecycle.ReviewStatus;

/** Launching a campaign: the assignments HD 43 calls for, idempotent, later members brought in, announced. */
class LaunchApiTest extends ReviewApiTest {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    LaunchTopUp topUp;

    @Autowired
    Assignments assignments;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    /** kind/place/member/template/due of every assignment, and the ids. */
    Map<String, UUID> assignments(UUID campaign) {
        Map<String, UUID> found = new TreeMap<>();
        jdbc.sql("select id, kind, place_unit_id, member_id, template_code, due from review_assignment"
                        + " where campaign_id = ?")
                .param(UuidBytes.of(campaign))
                .query(rs -> {
                    UUID member = UuidBytes.uuid(rs.getBytes(4));
                    found.put(rs.getString(2) + " " + name(UuidBytes.uuid(rs.getBytes(3))) + " "
                            + name(member) + " " + rs.getString(5) + " " + rs.getObject(6, LocalDate.class),
                            UuidBytes.uuid(rs.getBytes(1)));
                });
        return found;
    }

    String name(UUID id) {
        Map<UUID, String> names = Map.ofEntries(Map.entry(world.commune, "xã"), Map.entry(world.cellA, "A"),
                Map.entry(world.cellB, "B"), Map.entry(world.communeSecretary, "bí-thư-xã"),
                Map.entry(world.headA, "bí-thư-A"), Map.entry(world.deputyA, "phó-A"),
                Map.entry(world.memberA, "đv-A"), Map.entry(world.outsiderA, "ngoài-A"),
                Map.entry(world.memberB, "đv-B"), Map.entry(new UUID(0, 0), "-"));
        return names.getOrDefault(id, id.toString());
    }

    @Test
    void aYearlyLaunchAssignsCollectivesMembersLeadershipPlacesAndCommitments() throws Exception {
        UUID campaign = createCampaign(world.campaign("YEARLY"));
        JsonNode result = launch(campaign);
        assertThat(result.get("round").asInt()).isEqualTo(1);
        assertThat(result.get("created").asLong()).isEqualTo(16);
        assertThat(result.get("campaign").get("status").asString()).isEqualTo("LAUNCHED");

        assertThat(assignments(campaign).keySet()).containsExactlyInAnyOrder(
                "COLLECTIVE xã - MAU_01 " + TestDays.COMMUNE_DUE,
                "COLLECTIVE A - MAU_01 " + TestDays.CELL_DUE,
                "COLLECTIVE B - MAU_01 " + TestDays.CELL_DUE,
                "INDIVIDUAL A bí-thư-xã MAU_2B " + TestDays.CELL_DUE,
                "INDIVIDUAL xã bí-thư-xã MAU_2B " + TestDays.COMMUNE_DUE,
                "INDIVIDUAL A bí-thư-A MAU_2B " + TestDays.CELL_DUE,
                "INDIVIDUAL A phó-A MAU_2B " + TestDays.CELL_DUE,
                "INDIVIDUAL A đv-A MAU_2A " + TestDays.CELL_DUE,
                "INDIVIDUAL A ngoài-A MAU_2C " + TestDays.CELL_DUE,
                "INDIVIDUAL B đv-B MAU_2A " + TestDays.CELL_DUE,
                "COMMITMENT A bí-thư-xã CAM_KET " + TestDays.CELL_DUE,
                "COMMITMENT A bí-thư-A CAM_KET " + TestDays.CELL_DUE,
                "COMMITMENT A phó-A CAM_KET " + TestDays.CELL_DUE,
                "COMMITMENT A đv-A CAM_KET " + TestDays.CELL_DUE,
                "COMMITMENT A ngoài-A CAM_KET " + TestDays.CELL_DUE,
                "COMMITMENT B đv-B CAM_KET " + TestDays.CELL_DUE);
    }

    @Test
    void launchingAgainChangesNothingAndLaterBringsInNewMembersAndUnits() throws Exception {
        UUID campaign = createCampaign(world.campaign("THEMATIC"));
        launch(campaign);
        Map<String, UUID> first = assignments(campaign);
        assertThat(first).hasSize(10);

        JsonNode again = launch(campaign);
        assertThat(again.get("created").asLong()).isZero();
        assertThat(again.get("round").asInt()).isEqualTo(1);
        assertThat(again.get("total").asLong()).isEqualTo(10);
        assertThat(assignments(campaign)).isEqualTo(first);

        UUID newcomer = Ids.newId();
        world.member(newcomer, world.cellB, "Ngô Văn Mới", false);
        UUID newCell = Ids.newId();
        world.unit(newCell, world.commune, "CHI_BO", "Chi bộ thôn Nam");
        JsonNode later = launch(campaign);
        assertThat(later.get("round").asInt()).isEqualTo(2);
        assertThat(later.get("created").asLong()).isEqualTo(2);
        Map<String, UUID> now = assignments(campaign);
        assertThat(now).containsAllEntriesOf(first).hasSize(12);
        assertThat(now.keySet()).contains("INDIVIDUAL B " + newcomer + " MAU_2A " + TestDays.CELL_DUE,
                "COLLECTIVE " + newCell + " - MAU_01 " + TestDays.CELL_DUE);
    }

    @Test
    void aLaunchThatFailsHalfWayLeavesNothingAndTheNextOneGivesEverything() throws Exception {
        // 2,500 more members in chi bộ A: the launch writes batches before it reaches the last chi bộ
        List<Object[]> crowd = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            crowd.add(new Object[] {UuidBytes.of(Ids.newId()), "Đảng viên " + i, UuidBytes.of(world.cellA),
                    world.path(world.cellA), UtcTimes.of(TestDays.NOW)});
        }
        jdbcTemplate.batchUpdate("""
                insert into org_member_replica (id, full_name, home_unit_id, home_unit_path, status,
                       holds_leadership_post, outside_political_system, positions, version, changed_at)
                values (?, ?, ?, ?, 'ACTIVE', false, false, '[]', 1, ?)
                """, crowd);
        // a chi bộ created last (its path sorts last) with a member row the launch cannot read
        UUID lastCell = Ids.newId();
        world.unit(lastCell, world.commune, "CHI_BO", "Chi bộ thôn Cuối");
        UUID unreadable = Ids.newId();
        world.member(unreadable, lastCell, "Lỗi Dữ Liệu", false);
        jdbc.sql("update org_member_replica set positions = '[{\"unitId\": 42}]' where id = ?")
                .param(UuidBytes.of(unreadable)).update();

        UUID campaign = createCampaign(world.campaign("THEMATIC"));
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/launch")
                        .with(ReviewWorld.as(world.organizationBody)))
                .andExpect(status().is5xxServerError());
        assertThat(assignments(campaign)).isEmpty();
        mvc.perform(get("/api/reviews/campaigns/" + campaign).with(ReviewWorld.as(world.organizationBody)))
                .andExpect(jsonPath("$.status").value("DRAFT"));

        jdbc.sql("update org_member_replica set positions = '[]' where id = ?").param(UuidBytes.of(unreadable))
                .update();
        JsonNode launched = launch(campaign);
        assertThat(launched.get("round").asInt()).isEqualTo(1);
        // 4 collectives, the 7 members of the world in scope, the 2,500, the one in the last chi bộ
        assertThat(launched.get("created").asLong()).isEqualTo(4 + 7 + 2_500 + 1);
        assertThat(jdbc.sql("select count(*) from review_assignment where campaign_id = ?")
                .param(UuidBytes.of(campaign)).query(Long.class).single()).isEqualTo(4 + 7 + 2_500 + 1);
    }

    @Test
    void openCampaignsAreToppedUpWithNewcomersOnSchedule() throws Exception {
        UUID campaign = createCampaign(world.campaign("THEMATIC"));
        launch(campaign);
        long version = campaignVersion(campaign);
        topUp.topUp();
        assertThat(campaignVersion(campaign)).as("nothing new: the campaign is left as it was").isEqualTo(version);

        UUID newcomer = Ids.newId();
        world.member(newcomer, world.cellA, "Đinh Văn Đến", false);
        topUp.topUp();
        assertThat(assignments(campaign).keySet()).contains("INDIVIDUAL A " + newcomer + " MAU_2A " + TestDays.CELL_DUE);
        assertThat(campaignVersion(campaign)).isEqualTo(version + 1);
    }

    long campaignVersion(UUID campaign) {
        return jdbc.sql("select version from campaign where id = ?").param(UuidBytes.of(campaign))
                .query(Long.class).single();
    }

    @Test
    void unitTypesLimitWhoTakesPart() throws Exception {
        UUID campaign = createCampaign(world.campaign("THEMATIC")
                .replace("\"deadlines\"", "\"unitTypes\": [\"DANG_UY_XA\"], \"deadlines\""));
        launch(campaign);
        assertThat(assignments(campaign).keySet()).containsExactlyInAnyOrder(
                "COLLECTIVE xã - MAU_01 " + TestDays.COMMUNE_DUE,
                "INDIVIDUAL xã bí-thư-xã MAU_2B " + TestDays.COMMUNE_DUE);
    }

    @Test
    void onlyTheIssuersLaunchAndAClosedCampaignStaysClosed() throws Exception {
        UUID campaign = createCampaign(world.campaign("THEMATIC"));
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/launch").with(ReviewWorld.as(world.headA)))
                .andExpect(status().isNotFound());
        assertThat(assignments(campaign)).isEmpty();

        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/close")
                        .with(ReviewWorld.as(world.organizationBody)))
                .andExpect(status().isConflict());
        launch(campaign);
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/close")
                        .with(ReviewWorld.as(world.organizationBody)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/launch")
                        .with(ReviewWorld.as(world.organizationBody)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("đã kết thúc")));
    }

    @Test
    void membersSeeTheirWorkAndLeadersTheirUnits() throws Exception {
        UUID campaign = createCampaign(world.campaign("THEMATIC"));
        launch(campaign);
        mvc.perform(get("/api/reviews/assignments?campaignId=" + campaign).with(ReviewWorld.as(world.memberA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].templateCode").value("MAU_2A"))
                .andExpect(jsonPath("$[0].memberName").value("Hoàng Văn Ấm"))
                .andExpect(jsonPath("$[0].placeUnitName").value("Chi bộ thôn Đông"));
        // the xã's bí thư: own reviews in chi bộ A and in the xã, and the xã's collective report
        mvc.perform(get("/api/reviews/assignments?campaignId=" + campaign)
                        .with(ReviewWorld.as(world.communeSecretary)))
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/assignments")
                        .with(ReviewWorld.as(world.headA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(6));
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/assignments")
                        .with(ReviewWorld.as(world.communeSecretary)))
                .andExpect(status().isOk());
        // another chi bộ's list: not found, and not named
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellB + "/assignments")
                        .with(ReviewWorld.as(world.headA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString(world.cellB.toString())))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("thôn Tây"))));
    }

    @Test
    void progressIsCountedOverEachSubtreeALevelAtATime() throws Exception {
        UUID campaign = createCampaign(world.campaign("YEARLY"));
        launch(campaign);
        Map<String, UUID> all = assignments(campaign);
        // one report handed in, through the same move the workflow makes (it keeps the counters)
        UUID handedIn = all.get("INDIVIDUAL A đv-A MAU_2A " + TestDays.CELL_DUE);
        transactions.executeWithoutResult(tx -> assignments.moveTo(
                assignments.lock(handedIn).orElseThrow(), ReviewStatus.SUBMITTED));
        // the day after the chi bộ's deadline: its 13 reports not handed in are late, the xã's own are not yet
        clock.set(TestDays.CELL_DUE.plusDays(1).atTime(9, 0));
        String progress = "/api/reviews/campaigns/" + campaign + "/units/" + world.commune + "/progress";
        mvc.perform(get(progress).with(ReviewWorld.as(world.organizationBody)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.total").value(16))
                .andExpect(jsonPath("$.unit.done").value(1))
                .andExpect(jsonPath("$.unit.late").value(13))
                .andExpect(jsonPath("$.own.total").value(2))
                .andExpect(jsonPath("$.children.length()").value(2))
                .andExpect(jsonPath("$.children[?(@.unitId == '" + world.cellA + "')].total").value(11))
                .andExpect(jsonPath("$.children[?(@.unitId == '" + world.cellA + "')].done").value(1))
                .andExpect(jsonPath("$.children[?(@.unitId == '" + world.cellB + "')].total").value(3))
                .andExpect(jsonPath("$.children[?(@.unitId == '" + world.cellB + "')].late").value(3))
                .andExpect(jsonPath("$.children[?(@.unitId == '" + world.cellB + "')].childUnits").value(0));
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.province + "/progress")
                        .with(ReviewWorld.as(world.organizationBody)))
                .andExpect(jsonPath("$.unit.total").value(16))
                .andExpect(jsonPath("$.children[0].childUnits").value(2));
        mvc.perform(get(progress).with(ReviewWorld.as(world.headA))).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("Hòa Bình"))));
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/progress")
                        .with(ReviewWorld.as(world.headA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.own.total").value(11));
    }

    @Test
    void theLaunchIsAnnouncedOnReviewEvents() throws Exception {
        UUID campaign = createCampaign(world.campaign("YEARLY"));
        launch(campaign);
        Set<UUID> expected = new HashSet<>(assignments(campaign).values());

        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "launch-events-" + campaign, true);
        try (Consumer<String, byte[]> consumer = new DefaultKafkaConsumerFactory<>(props, new StringDeserializer(),
                new ByteArrayDeserializer()).createConsumer()) {
            broker.consumeFromAnEmbeddedTopic(consumer, Topics.REVIEW_EVENTS);
            Set<UUID> announced = new HashSet<>();
            List<String> campaignStates = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(1)).forEach(record -> {
                    if (!record.key().equals(campaign.toString())) {
                        return;
                    }
                    String type = new String(record.headers().lastHeader("ce_type").value(), UTF_8);
                    if (type.equals(AssignmentsIssued.TYPE)) {
                        json.readValue(record.value(), AssignmentsIssued.class).assignments()
                                .forEach(a -> announced.add(a.assignmentId()));
                    } else if (type.equals(CampaignChanged.TYPE)) {
                        CampaignChanged changed = json.readValue(record.value(), CampaignChanged.class);
                        campaignStates.add(changed.status());
                        // the quota and the levels travel with the campaign, so no service needs to ask
                        assertThat(changed.excellenceQuotaPercent()).isEqualTo(20);
                        assertThat(changed.ratingLevels()).containsExactly("XUAT_SAC", "TOT", "HOAN_THANH",
                                "KHONG_HOAN_THANH");
                    }
                });
                assertThat(announced).isEqualTo(expected);
                assertThat(campaignStates).containsExactly("DRAFT", "LAUNCHED");
            });
        }
    }
}
