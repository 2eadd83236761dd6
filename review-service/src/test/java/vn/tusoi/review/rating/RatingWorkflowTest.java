package vn.tusoi.review.rating;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;
import org.springframework.test.web.servlet.ResultActions;

import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.review.ReviewApiTest;
import vn.tusoi.review.ReviewWorld;
import vn.tusoi.review.TestDays;

/**
 * The rating of a campaign on the test province: self-rating after the meeting, proposal by the chi bộ's committee,
 * decision by the xã's bí thư under the quota, reopening, publication, and who sees what on the way.
 */
class RatingWorkflowTest extends ReviewApiTest {

    @Autowired
    DataSource dataSource;

    UUID campaign;

    @BeforeEach
    void discussedChiBo() throws Exception {
        // a quota of 50%: one "xuất sắc" for every two "tốt"
        campaign = createCampaign(world.campaign("YEARLY").replace("\"deadlines\"",
                "\"excellenceQuotaPercent\": 50, \"deadlines\""));
        launch(campaign);
        JwtRequestPostProcessor head = ReviewWorld.as(world.headA);
        discuss(collective(world.cellA), head);
        for (UUID member : List.of(world.headA, world.deputyA, world.memberA, world.outsiderA,
                world.communeSecretary)) {
            discuss(individual(member), ReviewWorld.as(member));
        }
    }

    UUID individual(UUID member) {
        return jdbc.sql("select id from review_assignment where campaign_id = ? and member_id = ? and kind = 'INDIVIDUAL'"
                        + " and place_unit_id = ?")
                .params(UuidBytes.of(campaign), UuidBytes.of(member), UuidBytes.of(world.cellA))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
    }

    UUID collective(UUID place) {
        return jdbc.sql("select id from review_assignment where campaign_id = ? and place_unit_id = ? and kind = 'COLLECTIVE'")
                .params(UuidBytes.of(campaign), UuidBytes.of(place))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
    }

    /** A scorecard of an individual template: 30 common points at most, 70 of tasks; 10 tasks, all done. */
    static String card(int common, int tasks, int beyond, String level) {
        int first = Math.min(common, 8);
        int second = Math.min(common - first, 8);
        int third = Math.min(common - first - second, 8);
        int fourth = common - first - second - third;
        int work = Math.min(tasks, 50);
        return """
                {"points": {"TU_TUONG_CHINH_TRI": %d, "DAO_DUC_LOI_SONG": %d, "TO_CHUC_KY_LUAT": %d, "TAC_PHONG": %d,
                            "NHIEM_VU_DUOC_GIAO": %d, "CAM_KET_RL": %d},
                 "tasksTotal": 10, "tasksDone": 10, "tasksLate": 0, "tasksBeyond": %d,
                 "disciplinedSubordinate": false, "disqualified": false, "level": "%s"}
                """.formatted(first, second, third, fourth, work, tasks - work, beyond, level);
    }

    static final String EXCELLENT = card(29, 66, 4, "XUAT_SAC");
    static final String GOOD = card(25, 55, 0, "TOT");

    ResultActions rate(UUID report, String step, String body, JwtRequestPostProcessor who) throws Exception {
        return mvc.perform(put("/api/reviews/reports/" + report + "/rating/" + step).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    /** Self-rated by the member and proposed by the chi bộ's bí thư at the same level. */
    UUID proposed(UUID member, String body) throws Exception {
        UUID report = individual(member);
        rate(report, "self", body, ReviewWorld.as(member)).andExpect(status().isOk());
        rate(report, "proposal", body, ReviewWorld.as(world.headA)).andExpect(status().isOk());
        return report;
    }

    JwtRequestPostProcessor superior() {
        return ReviewWorld.as(world.communeSecretary);
    }

    @Test
    void aMemberRatesThemselvesTheChiBoProposesTheXaDecidesAndPublishes() throws Exception {
        UUID report = individual(world.memberA);
        JwtRequestPostProcessor member = ReviewWorld.as(world.memberA);
        mvc.perform(get("/api/reviews/reports/" + report + "/rating").with(member))
                .andExpect(jsonPath("$.criteria.length()").value(6))
                .andExpect(jsonPath("$.actions[0]").value("SELF_RATE"));
        rate(report, "self", GOOD, member).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SELF_RATED"))
                .andExpect(jsonPath("$.self.score").value(80))
                .andExpect(jsonPath("$.self.level").value("TOT"))
                .andExpect(jsonPath("$.self.actorName").value("Hoàng Văn Ấm"));
        // the writer does not propose their own level
        rate(report, "proposal", GOOD, member).andExpect(status().isForbidden());
        rate(report, "proposal", card(25, 40, 0, "HOAN_THANH"), ReviewWorld.as(world.headA))
                .andExpect(status().isOk()).andExpect(jsonPath("$.proposal.level").value("HOAN_THANH"));
        // the chi bộ's committee does not decide
        rate(report, "decision", GOOD, ReviewWorld.as(world.headA)).andExpect(status().isForbidden());
        rate(report, "decision", card(25, 50, 0, "TOT"), superior()).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECIDED"))
                .andExpect(jsonPath("$.decision.score").value(75));

        // until publication the member sees their own self-rating only
        mvc.perform(get("/api/reviews/reports/" + report + "/rating").with(member))
                .andExpect(jsonPath("$.self.level").value("TOT"))
                .andExpect(jsonPath("$.proposal").doesNotExist())
                .andExpect(jsonPath("$.decision").doesNotExist());
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/ratings/publish")
                        .with(ReviewWorld.as(world.headA)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/ratings/publish")
                        .with(superior()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.published").value(1));
        mvc.perform(get("/api/reviews/reports/" + report + "/rating").with(member))
                .andExpect(jsonPath("$.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.decision.level").value("TOT"));

        List<String> actions = jdbc.sql("select action from review_audit where assignment_id = ? order by acted_at, id")
                .param(UuidBytes.of(report)).query(String.class).list();
        assertThat(actions).containsSubsequence("DISCUSSED", "SELF_RATED", "PROPOSED", "DECIDED", "PUBLISHED");
        assertThat(jdbc.sql("select self_level, proposed_level, decided_level, decided_score from review_assignment where id = ?")
                .param(UuidBytes.of(report)).query((rs, row) -> rs.getString(1) + rs.getString(2) + rs.getString(3)
                        + rs.getInt(4)).single()).isEqualTo("TOTHOAN_THANHTOT75");
    }

    @Test
    void aLevelAgainstItsConditionsIsRefusedWithTheReasonInVietnamese() throws Exception {
        rate(individual(world.memberA), "self", card(25, 55, 0, "XUAT_SAC"), ReviewWorld.as(world.memberA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Được 80 điểm: mức này cần từ 90 điểm trở lên."));
        rate(individual(world.memberA), "self", card(29, 66, 1, "XUAT_SAC"), ReviewWorld.as(world.memberA))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("ít nhất 30%")));
        assertThat(jdbc.sql("select count(*) from review_rating where assignment_id = ?")
                .param(UuidBytes.of(individual(world.memberA))).query(Long.class).single()).isZero();
    }

    @Test
    void aDecisionBeyondTheQuotaIsRefusedWithTheNumbers() throws Exception {
        UUID good = proposed(world.memberA, GOOD);
        UUID first = proposed(world.outsiderA, EXCELLENT);
        UUID second = proposed(world.deputyA, EXCELLENT);
        // no "tốt" decided yet: no room for a "xuất sắc"
        rate(first, "decision", EXCELLENT, superior()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(
                        "Vượt tỷ lệ xuất sắc ở \"Đảng ủy xã Hòa Bình\": đã có 0 xuất sắc trên 0 tốt; tối đa 0 (bằng 50% số hoàn thành tốt)."));
        rate(good, "decision", GOOD, superior()).andExpect(status().isOk());
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/ratings").with(superior()))
                .andExpect(jsonPath("$.quotas[0].unitName").value("Đảng ủy xã Hòa Bình"))
                .andExpect(jsonPath("$.quotas[0].good").value(1))
                .andExpect(jsonPath("$.quotas[0].most").value(0));
        proposed(world.headA, GOOD);
        rate(individual(world.headA), "decision", GOOD, superior()).andExpect(status().isOk());
        rate(first, "decision", EXCELLENT, superior()).andExpect(status().isOk());
        rate(second, "decision", EXCELLENT, superior()).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("đã có 1 xuất sắc trên 2 tốt; tối đa 1")));
        // the superior lowers the second to "tốt", which makes room for nobody else yet (1 on 3)
        rate(second, "decision", GOOD, superior()).andExpect(status().isOk());
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/ratings").with(superior()))
                .andExpect(jsonPath("$.quotas[0].excellent").value(1))
                .andExpect(jsonPath("$.quotas[0].good").value(3));
        // the xã's roll-up counts the same levels and the quota they used
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.commune + "/rollup").with(superior()))
                .andExpect(jsonPath("$.unit.levels.INDIVIDUAL.XUAT_SAC").value(1))
                .andExpect(jsonPath("$.unit.levels.INDIVIDUAL.TOT").value(3))
                .andExpect(jsonPath("$.quotas[?(@.kind == 'INDIVIDUAL')].most").value(1))
                .andExpect(jsonPath("$.unit.decided").value(4));
    }

    @Test
    void aReopenedDecisionNoLongerCountsAndIsDecidedAgainWithItsHistoryKept() throws Exception {
        UUID report = proposed(world.memberA, GOOD);
        rate(report, "decision", GOOD, superior()).andExpect(status().isOk());
        mvc.perform(post("/api/reviews/reports/" + report + "/rating/reopen").with(superior())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"   \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/reviews/reports/" + report + "/rating/reopen").with(superior())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\": \"Chấm lại tiêu chí 5.\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REOPENED"));
        assertThat(jdbc.sql("select good from review_quota where campaign_id = ?").param(UuidBytes.of(campaign))
                .query(Integer.class).single()).isZero();
        rate(report, "decision", card(25, 40, 0, "HOAN_THANH"), superior()).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.level").value("HOAN_THANH"));
        // the roll-up no longer counts the reopened "tốt": only the new decision
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/rollup").with(superior()))
                .andExpect(jsonPath("$.own.levels.INDIVIDUAL.TOT").value(0))
                .andExpect(jsonPath("$.own.levels.INDIVIDUAL.HOAN_THANH").value(1));
        assertThat(jdbc.sql("select count(*) from review_rating where assignment_id = ? and step = 'DECISION'")
                .param(UuidBytes.of(report)).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select detail from review_audit where assignment_id = ? and action = 'REOPENED'")
                .param(UuidBytes.of(report)).query(String.class).single()).isEqualTo("Chấm lại tiêu chí 5.");
    }

    @Test
    void aCallerWithNoRelationLearnsNothingAboutAUnitsRatings() throws Exception {
        String body = mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/ratings")
                        .with(ReviewWorld.as(world.memberB)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(UTF_8);
        String unknown = mvc.perform(get("/api/reviews/campaigns/" + UUID.randomUUID() + "/units/" + world.cellA
                        + "/ratings").with(ReviewWorld.as(world.memberB)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(UTF_8);
        assertThat(body).doesNotContain("Chi bộ thôn Đông");
        assertThat(json.readTree(body).get("title")).isEqualTo(json.readTree(unknown).get("title"));
        rate(individual(world.memberA), "self", GOOD, ReviewWorld.as(world.memberB)).andExpect(status().isNotFound());
    }

    /**
     * Two superiors decide the last "xuất sắc" slot at the same moment: both requests are held at the group's
     * counts by a transaction of the test, then let go together; exactly one gets the slot.
     */
    @Test
    void twoDecisionsOnTheLastSlotCannotBothGetIt() throws Exception {
        UUID good = proposed(world.memberA, GOOD);
        rate(good, "decision", GOOD, superior()).andExpect(status().isOk());
        proposed(world.headA, GOOD);
        rate(individual(world.headA), "decision", GOOD, superior()).andExpect(status().isOk());
        UUID first = proposed(world.outsiderA, EXCELLENT);
        UUID second = proposed(world.deputyA, EXCELLENT);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Integer>> decisions = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select excellent from review_quota where campaign_id = ? for update")) {
                lock.setBytes(1, UuidBytes.of(campaign));
                lock.executeQuery().close();
            }
            JwtRequestPostProcessor secretary = superior();
            JwtRequestPostProcessor organizationBody = ReviewWorld.as(world.organizationBody);
            decisions.add(pool.submit(decision(first, secretary)));
            decisions.add(pool.submit(decision(second, organizationBody)));
            // both are waiting for the counts (or about to): neither has finished
            Thread.sleep(300);
            assertThat(decisions).noneMatch(Future::isDone);
            holder.commit();
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> decision : decisions) {
            statuses.add(decision.get(30, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        assertThat(jdbc.sql("select excellent from review_quota where campaign_id = ?").param(UuidBytes.of(campaign))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from review_assignment where campaign_id = ? and decided_level = 'XUAT_SAC'")
                .param(UuidBytes.of(campaign)).query(Long.class).single()).isEqualTo(1);
    }

    Callable<Integer> decision(UUID report, JwtRequestPostProcessor who) {
        return () -> rate(report, "decision", EXCELLENT, who).andReturn().getResponse().getStatus();
    }
}
