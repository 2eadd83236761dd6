package vn.tusoi.review.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Remediation ("tự sửa") without Spring: who raises an item, who reports progress, who reopens and drops it. */
class RemediationTest {

    static final LocalDate TODAY = ReviewTest.TODAY;

    static Remediation item(RemediationStatus status, Review source) {
        return new Remediation(status, source);
    }

    static Refusal refused(Remediation.Result result) {
        assertThat(result.refusal()).isPresent();
        return result.refusal().get();
    }

    static List<RemediationAction> actions(Remediation item) {
        return Arrays.stream(RemediationAction.values()).filter(item::permits).toList();
    }

    @Test
    void anItemIsRaisedOnlyFromADecidedReview() {
        Review discussed = ReviewTest.individual(ReviewStatus.DISCUSSED, Role.SUPERIOR);
        assertThat(Remediation.mayRaise(discussed, TODAY, TODAY)).map(Refusal::messageKey)
                .contains("remediation.raise.not-decided");
        assertThat(Remediation.mayRaise(ReviewTest.individual(ReviewStatus.DECIDED, Role.SUPERIOR), TODAY, TODAY))
                .isEmpty();
        assertThat(Remediation.mayRaise(ReviewTest.individual(ReviewStatus.PUBLISHED, Role.SUPERIOR), TODAY, TODAY))
                .isEmpty();
    }

    @Test
    void theChiBosCommitteeRaisesItsMembersItemsAndOnlyTheSuperiorRaisesTheCollectives() {
        assertThat(Remediation.mayRaise(ReviewTest.individual(ReviewStatus.DECIDED, Role.LEADER), TODAY, TODAY))
                .isEmpty();
        assertThat(Remediation.mayRaise(ReviewTest.collective(ReviewStatus.DECIDED, Role.LEADER), TODAY, TODAY))
                .map(Refusal::kind).contains(Refusal.Kind.FORBIDDEN);
        assertThat(Remediation.mayRaise(ReviewTest.collective(ReviewStatus.DECIDED, Role.SUPERIOR), TODAY, TODAY))
                .isEmpty();
    }

    @Test
    void nobodyRaisesAnItemAgainstTheirOwnReview() {
        assertThat(Remediation.mayRaise(ReviewTest.individual(ReviewStatus.DECIDED, Role.AUTHOR), TODAY, TODAY))
                .map(Refusal::messageKey).contains("remediation.raise.forbidden");
    }

    @Test
    void aDeadlineInThePastIsRefusedWithBothDates() {
        Optional<Refusal> refusal = Remediation.mayRaise(ReviewTest.individual(ReviewStatus.DECIDED, Role.SUPERIOR),
                TODAY.minusDays(1), TODAY);
        assertThat(refusal).map(Refusal::kind).contains(Refusal.Kind.INVALID);
        assertThat(refusal.get().arguments()).containsExactly(TODAY.minusDays(1), TODAY);
    }

    @Test
    void theOwnerStartsAndCompletesButNeitherReopensNorDrops() {
        Review own = ReviewTest.individual(ReviewStatus.PUBLISHED, Role.AUTHOR);
        assertThat(actions(item(RemediationStatus.OPEN, own)))
                .containsExactly(RemediationAction.START, RemediationAction.COMPLETE, RemediationAction.NOTE);
        assertThat(item(RemediationStatus.OPEN, own).take(RemediationAction.START, null, null).step().to())
                .isEqualTo(RemediationStatus.IN_PROGRESS);
        assertThat(refused(item(RemediationStatus.DONE, own).take(RemediationAction.REOPEN, null, "Chưa đạt.")))
                .extracting(Refusal::kind).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(refused(item(RemediationStatus.OPEN, own).take(RemediationAction.DROP, null, "Không cần.")))
                .extracting(Refusal::kind).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void theCollectivesCommitteeOwnsItsItems() {
        Review committee = ReviewTest.collective(ReviewStatus.PUBLISHED, Role.LEADER);
        assertThat(actions(item(RemediationStatus.IN_PROGRESS, committee)))
                .containsExactly(RemediationAction.COMPLETE, RemediationAction.NOTE);
        assertThat(Remediation.isVisible(committee)).isTrue();
    }

    @Test
    void completingNeedsEvidence() {
        Review own = ReviewTest.individual(ReviewStatus.PUBLISHED, Role.AUTHOR);
        assertThat(refused(item(RemediationStatus.IN_PROGRESS, own).take(RemediationAction.COMPLETE, "  ", null)))
                .extracting(Refusal::messageKey).isEqualTo("remediation.evidence.required");
        assertThat(item(RemediationStatus.IN_PROGRESS, own).take(RemediationAction.COMPLETE, "Đã họp.", null)
                .step().to()).isEqualTo(RemediationStatus.DONE);
    }

    @Test
    void whoeverFollowsTheItemReopensWhatIsNotRemediedWithAReason() {
        Review superior = ReviewTest.individual(ReviewStatus.PUBLISHED, Role.SUPERIOR);
        assertThat(refused(item(RemediationStatus.DONE, superior).take(RemediationAction.REOPEN, null, " ")))
                .extracting(Refusal::messageKey).isEqualTo("remediation.note.required");
        Remediation.Step step = item(RemediationStatus.DONE, superior)
                .take(RemediationAction.REOPEN, null, "Chưa có số liệu.").step();
        assertThat(step.from()).isEqualTo(RemediationStatus.DONE);
        assertThat(step.to()).isEqualTo(RemediationStatus.IN_PROGRESS);
    }

    @Test
    void aDroppedOrCompletedItemTakesNoMoreProgress() {
        Review leader = ReviewTest.individual(ReviewStatus.PUBLISHED, Role.LEADER);
        assertThat(refused(item(RemediationStatus.DROPPED, leader).take(RemediationAction.COMPLETE, "Xong.", null)))
                .extracting(Refusal::kind).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refused(item(RemediationStatus.DONE, leader).take(RemediationAction.START, null, null)))
                .extracting(Refusal::messageKey).isEqualTo("remediation.step.wrong-status");
    }

    @Test
    void aNoteKeepsTheStatus() {
        Remediation.Step step = item(RemediationStatus.IN_PROGRESS, ReviewTest.individual(ReviewStatus.PUBLISHED,
                Role.AUTHOR)).take(RemediationAction.NOTE, null, "Đã xin ý kiến chi ủy.").step();
        assertThat(step.to()).isEqualTo(step.from());
    }

    @Test
    void theUnitsOrdinaryMembersDoNotSeeACollectivesItems() {
        assertThat(Remediation.isVisible(ReviewTest.collective(ReviewStatus.PUBLISHED, Role.UNIT_MEMBER))).isFalse();
        assertThat(Remediation.isVisible(ReviewTest.individual(ReviewStatus.PUBLISHED, Role.ADMIN))).isTrue();
    }

    @Test
    void onlyAPendingItemPastItsDeadlineIsOverdue() {
        assertThat(Remediation.isOverdue(RemediationStatus.IN_PROGRESS, TODAY.minusDays(1), TODAY)).isTrue();
        assertThat(Remediation.isOverdue(RemediationStatus.OPEN, TODAY, TODAY)).isFalse();
        assertThat(Remediation.isOverdue(RemediationStatus.DONE, TODAY.minusDays(30), TODAY)).isFalse();
    }
}
