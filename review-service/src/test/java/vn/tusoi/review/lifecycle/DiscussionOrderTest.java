package vn.tusoi.review.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.tusoi.review.lifecycle.DiscussionOrder.Agenda;
import vn.tusoi.review.lifecycle.DiscussionOrder.Pending;
import vn.tusoi.review.lifecycle.DiscussionOrder.Rank;

/** The order of discussion (QĐ 366): the collective first, then the head, the deputies, the members. */
class DiscussionOrderTest {

    static String refusal(Agenda agenda) {
        return DiscussionOrder.check(agenda).map(Refusal::messageKey).orElse(null);
    }

    @Test
    void theCollectiveIsDiscussedBeforeAnyMember() {
        assertThat(refusal(new Agenda("Chi bộ", true, Rank.HEAD, List.of())))
                .isEqualTo("report.order.collective-first");
    }

    @Test
    void theHeadIsDiscussedBeforeTheDeputies() {
        Agenda agenda = new Agenda("Chi bộ", false, Rank.DEPUTY, List.of(new Pending("Lê Văn Đông", Rank.HEAD)));
        assertThat(DiscussionOrder.check(agenda)).get()
                .extracting(Refusal::messageKey, Refusal::arguments)
                .containsExactly("report.order.head-first", List.of("Lê Văn Đông", "Chi bộ"));
    }

    @Test
    void theLeadersAreDiscussedBeforeTheMembersTheHeadNamedFirst() {
        Agenda agenda = new Agenda("Chi bộ", false, Rank.MEMBER,
                List.of(new Pending("Phạm Thị Phó", Rank.DEPUTY), new Pending("Lê Văn Đông", Rank.HEAD)));
        assertThat(DiscussionOrder.check(agenda)).get().extracting(Refusal::messageKey, Refusal::arguments)
                .containsExactly("report.order.leaders-first", List.of("Lê Văn Đông", "Chi bộ"));
    }

    @Test
    void membersAmongThemselvesAreInAnyOrder() {
        assertThat(refusal(new Agenda("Chi bộ", false, Rank.MEMBER, List.of(new Pending("A", Rank.MEMBER)))))
                .isNull();
        assertThat(refusal(new Agenda("Chi bộ", false, Rank.HEAD, List.of(new Pending("B", Rank.DEPUTY)))))
                .isNull();
    }
}
