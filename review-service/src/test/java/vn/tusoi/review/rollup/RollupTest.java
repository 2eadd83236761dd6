package vn.tusoi.review.rollup;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.JwtRequestPostProcessor;

import vn.tusoi.platform.sql.UuidBytes;
import vn.tusoi.platform.test.TestClock;
import vn.tusoi.review.ReviewApiTest;
import vn.tusoi.review.ReviewWorld;
import vn.tusoi.review.TestDays;

/**
 * The roll-up on the test province: its counters agree with the reports they count, level by level, also when
 * many reports of one place change at the same moment under REPEATABLE READ.
 */
class RollupTest extends ReviewApiTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    UUID campaign;

    @BeforeEach
    void launched() throws Exception {
        campaign = createCampaign(world.campaign("YEARLY"));
        launch(campaign);
    }

    List<UUID> inCellA(String kind) {
        return jdbc.sql("select id from review_assignment where campaign_id = ? and place_unit_id = ? and kind = ?")
                .params(UuidBytes.of(campaign), UuidBytes.of(world.cellA), kind)
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).list();
    }

    UUID writerOf(UUID assignment) {
        return jdbc.sql("select member_id from review_assignment where id = ?").param(UuidBytes.of(assignment))
                .query((rs, row) -> UuidBytes.uuid(rs.getBytes(1))).single();
    }

    int draft(UUID report, JwtRequestPostProcessor writer) throws Exception {
        return mvc.perform(put("/api/reviews/reports/" + report + "/draft").with(writer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"revision\": 0, \"content\": {\"sections\": {}}}"))
                .andReturn().getResponse().getStatus();
    }

    /** Every counter row against a count of the reports themselves. */
    void assertCountersMatchTheReports() {
        String counted = """
                select concat_ws(':', hex(place_unit_id), kind, status, due, count(*)) from review_assignment
                where campaign_id = ? group by place_unit_id, kind, status, due order by 1""";
        String kept = """
                select concat_ws(':', hex(unit_id), kind, status, due, n) from review_status_tally
                where campaign_id = ? and n <> 0 order by 1""";
        assertThat(jdbc.sql(kept).param(UuidBytes.of(campaign)).query(String.class).list())
                .isEqualTo(jdbc.sql(counted).param(UuidBytes.of(campaign)).query(String.class).list())
                .isNotEmpty();
    }

    @Test
    void theProvinceSeesEachXaAndHowManyHaveCompletedAndReported() throws Exception {
        JwtRequestPostProcessor body = ReviewWorld.as(world.organizationBody);
        String before = mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.province + "/rollup")
                        .with(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.children[0].name").value("Đảng ủy xã Hòa Bình"))
                .andExpect(jsonPath("$.completedChildren").value(0))
                .andReturn().getResponse().getContentAsString(UTF_8);
        long total = json.readTree(before).get("unit").get("total").asLong();
        assertThat(total).isEqualTo(jdbc.sql("select count(*) from review_assignment where campaign_id = ?")
                .param(UuidBytes.of(campaign)).query(Long.class).single());

        UUID collective = inCellA("COLLECTIVE").get(0);
        assertThat(draft(collective, ReviewWorld.as(world.headA))).isEqualTo(200);
        mvc.perform(post("/api/reviews/reports/" + collective + "/submit").with(ReviewWorld.as(world.headA)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.commune + "/rollup").with(body))
                .andExpect(jsonPath("$.unit.handedIn").value(1))
                .andExpect(jsonPath("$.unit.byStatus.COLLECTIVE.SUBMITTED").value(1))
                .andExpect(jsonPath("$.children[?(@.name == 'Chi bộ thôn Đông')].handedIn").value(1))
                .andExpect(jsonPath("$.children[?(@.name == 'Chi bộ thôn Đông')].complete").value(false));
        assertCountersMatchTheReports();
    }

    @Test
    void aReportPastItsDeadlineAndNotHandedInIsOverdueAndListed() throws Exception {
        UUID collective = inCellA("COLLECTIVE").get(0);
        assertThat(draft(collective, ReviewWorld.as(world.headA))).isEqualTo(200);
        mvc.perform(post("/api/reviews/reports/" + collective + "/submit").with(ReviewWorld.as(world.headA)))
                .andExpect(status().isOk());
        long inCell = jdbc.sql("select count(*) from review_assignment where campaign_id = ? and place_unit_id = ?")
                .params(UuidBytes.of(campaign), UuidBytes.of(world.cellA)).query(Long.class).single();
        JwtRequestPostProcessor head = ReviewWorld.as(world.headA);
        String path = "/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/rollup";
        mvc.perform(get(path).with(head)).andExpect(jsonPath("$.unit.overdue").value(0));
        mvc.perform(get(path + "/overdue").with(head)).andExpect(jsonPath("$.length()").value(0));

        // the day after the chi bộ's deadline: everything but the submitted report is overdue
        clock.set(TestDays.CELL_DUE.plusDays(1).atTime(9, 0));
        mvc.perform(get(path).with(head)).andExpect(jsonPath("$.unit.overdue").value(inCell - 1));
        String listed = mvc.perform(get(path + "/overdue").with(head))
                .andExpect(jsonPath("$.length()").value(inCell - 1))
                .andExpect(jsonPath("$[0].due").value(TestDays.CELL_DUE.toString()))
                .andReturn().getResponse().getContentAsString(UTF_8);
        assertThat(listed).doesNotContain(collective.toString()).contains("Hoàng Văn Ấm");
    }

    @Test
    void aCallerWithNoRelationLearnsNothingAboutTheRollup() throws Exception {
        String body = mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/rollup")
                        .with(ReviewWorld.as(world.memberB)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(UTF_8);
        String unknown = mvc.perform(get("/api/reviews/campaigns/" + UUID.randomUUID() + "/units/" + world.cellA
                        + "/rollup").with(ReviewWorld.as(world.memberB)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(UTF_8);
        assertThat(body).doesNotContain("Chi bộ thôn Đông");
        assertThat(json.readTree(body).get("detail")).isEqualTo(json.readTree(unknown).get("detail"));
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/rollup")
                        .with(ReviewWorld.as(world.headA)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit.name").value("Chi bộ thôn Đông"));
    }

    /**
     * Every review and commitment of the chi bộ starts at the same moment: the requests queue on the counter rows
     * a transaction of the test holds, then all go at once. Under REPEATABLE READ not one change is lost.
     */
    @Test
    void concurrentChangesLoseNoCountUnderRepeatableRead() throws Exception {
        List<UUID> reports = new ArrayList<>(inCellA("INDIVIDUAL"));
        reports.addAll(inCellA("COMMITMENT"));
        assertThat(reports).hasSizeGreaterThanOrEqualTo(8);
        ExecutorService pool = Executors.newFixedThreadPool(reports.size());
        List<Future<Integer>> saves = new ArrayList<>();
        try (Connection holder = dataSource.getConnection()) {
            assertThat(jdbc.sql("select @@transaction_isolation").query(String.class).single())
                    .isEqualTo("REPEATABLE-READ");
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement(
                    "select n from review_status_tally where campaign_id = ? and unit_id = ? for update")) {
                lock.setBytes(1, UuidBytes.of(campaign));
                lock.setBytes(2, UuidBytes.of(world.cellA));
                lock.executeQuery().close();
            }
            for (UUID report : reports) {
                JwtRequestPostProcessor writer = ReviewWorld.as(writerOf(report));
                saves.add(pool.submit(() -> draft(report, writer)));
            }
            Thread.sleep(300);
            assertThat(saves).noneMatch(Future::isDone);
            holder.commit();
        }
        for (Future<Integer> save : saves) {
            assertThat(save.get(30, TimeUnit.SECONDS)).isEqualTo(200);
        }
        pool.shutdown();
        assertCountersMatchTheReports();
        mvc.perform(get("/api/reviews/campaigns/" + campaign + "/units/" + world.cellA + "/rollup")
                        .with(ReviewWorld.as(world.headA)))
                .andExpect(jsonPath("$.own.byStatus.INDIVIDUAL.DRAFT").value(inCellA("INDIVIDUAL").size()))
                .andExpect(jsonPath("$.own.byStatus.COMMITMENT.DRAFT").value(inCellA("COMMITMENT").size()));
    }
}
