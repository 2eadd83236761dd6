package vn.tusoi.review.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;


/** The review's lifecycle, without Spring: who may take which step from which status, and the events it makes. */
class ReviewTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final List<Criterion> CRITERIA = List.of(new Criterion("CHUNG", Criterion.Part.COMMON, "Chung", 30),
            new Criterion("NHIEM_VU", Criterion.Part.TASKS, "Nhiệm vụ", 70));

    static Review individual(ReviewStatus status, Role... roles) {
        return new Review(status, false, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), true,
                "Đợt 2026", "Chi bộ thôn Đông");
    }

    static Review collective(ReviewStatus status, Role... roles) {
        return new Review(status, true, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), true,
                "Đợt 2026", "Chi bộ thôn Đông");
    }

    static Rating rating(int common, int tasks, RatingLevel level) {
        return new Rating(CRITERIA, new Scorecard(Map.of("CHUNG", common, "NHIEM_VU", tasks), 10, 10, 0, 4, false,
                false), level);
    }

    static Refusal refusal(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome).refusal();
    }

    static Outcome.Accepted accepted(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return (Outcome.Accepted) outcome;
    }

    @Test
    void theFirstSaveMakesADraftAndIsRecordedOnce() {
        Outcome.Accepted first = accepted(individual(ReviewStatus.NOT_STARTED, Role.AUTHOR).saveDraft());
        assertThat(first.to()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(first.events()).extracting(Outcome.ReviewStepped::action).containsExactly("DRAFTED");
        Outcome.Accepted later = accepted(individual(ReviewStatus.DRAFT, Role.AUTHOR).saveDraft());
        assertThat(later.events()).isEmpty();
    }

    @Test
    void onlyTheWriterEditsAMembersReviewAndOnlyTheCommitteeACollectivesReport() {
        assertThat(refusal(individual(ReviewStatus.DRAFT, Role.LEADER).saveDraft()))
                .extracting(Refusal::kind, Refusal::messageKey)
                .containsExactly(Refusal.Kind.FORBIDDEN, "report.edit.forbidden");
        assertThat(refusal(collective(ReviewStatus.DRAFT, Role.UNIT_MEMBER).saveDraft()).messageKey())
                .isEqualTo("report.edit.collective-forbidden");
        assertThat(accepted(collective(ReviewStatus.DRAFT, Role.LEADER).saveDraft()).to())
                .isEqualTo(ReviewStatus.DRAFT);
    }

    @Test
    void nothingChangesOutsideTheCampaignsWindow() {
        Review closed = new Review(ReviewStatus.DRAFT, false, Set.of(Role.AUTHOR), false, "Đợt 2026", "Chi bộ");
        assertThat(refusal(closed.saveDraft())).extracting(Refusal::kind, Refusal::messageKey)
                .containsExactly(Refusal.Kind.CONFLICT, "report.window.closed");
        assertThat(closed.isEditable()).isFalse();
    }

    @Test
    void aSubmittedReportIsLockedUntilItIsReturned() {
        assertThat(refusal(individual(ReviewStatus.SUBMITTED, Role.AUTHOR).saveDraft()).messageKey())
                .isEqualTo("report.locked");
        assertThat(accepted(individual(ReviewStatus.RETURNED, Role.AUTHOR).saveDraft()).to())
                .isEqualTo(ReviewStatus.RETURNED);
    }

    @Test
    void onlyACollectiveDraftIsCirculatedAndNotForAMeetingInThePast() {
        assertThat(refusal(individual(ReviewStatus.DRAFT, Role.AUTHOR).circulate(TODAY, TODAY)).messageKey())
                .isEqualTo("report.circulate.collective-only");
        assertThat(refusal(collective(ReviewStatus.DRAFT, Role.LEADER).circulate(TODAY.minusDays(1), TODAY))
                .messageKey()).isEqualTo("report.circulate.meeting-past");
        assertThat(accepted(collective(ReviewStatus.DRAFT, Role.LEADER).circulate(TODAY, TODAY)).events())
                .extracting(Outcome.ReviewStepped::action).containsExactly("CIRCULATED");
    }

    @Test
    void theUnitsMembersSeeAndCommentOnACollectiveDraftOnlyOnceCirculated() {
        assertThat(collective(ReviewStatus.DRAFT, Role.UNIT_MEMBER).isVisible()).isFalse();
        assertThat(collective(ReviewStatus.CIRCULATED, Role.UNIT_MEMBER).isVisible()).isTrue();
        assertThat(accepted(collective(ReviewStatus.CIRCULATED, Role.UNIT_MEMBER).comment()).events()).isEmpty();
        assertThat(refusal(collective(ReviewStatus.SUBMITTED, Role.UNIT_MEMBER).comment()).messageKey())
                .isEqualTo("report.comment.not-circulated");
        assertThat(individual(ReviewStatus.SUBMITTED, Role.UNIT_MEMBER).isVisible()).isFalse();
    }

    @Test
    void anEmptyReportCannotBeSubmittedNorOneWithUnansweredSuggestions() {
        assertThat(refusal(individual(ReviewStatus.NOT_STARTED, Role.AUTHOR).submit(0)).messageKey())
                .isEqualTo("report.submit.empty");
        assertThat(refusal(individual(ReviewStatus.DRAFT, Role.AUTHOR).submit(2)))
                .extracting(Refusal::messageKey, Refusal::arguments)
                .containsExactly("report.submit.unanswered", List.of(2L));
    }

    @Test
    void aReturnedReportIsResubmitted() {
        assertThat(accepted(individual(ReviewStatus.RETURNED, Role.AUTHOR).submit(0)).events())
                .extracting(Outcome.ReviewStepped::action).containsExactly("RESUBMITTED");
    }

    @Test
    void theCommitteeReturnsAMembersReviewButOnlyASuperiorACollectivesReport() {
        assertThat(accepted(individual(ReviewStatus.SUBMITTED, Role.LEADER).returnForRevision(" Thiếu nguyên nhân "))
                .events()).extracting(Outcome.ReviewStepped::detail).containsExactly("Thiếu nguyên nhân");
        assertThat(refusal(collective(ReviewStatus.SUBMITTED, Role.LEADER).returnForRevision("x")).messageKey())
                .isEqualTo("report.return.forbidden");
        assertThat(accepted(collective(ReviewStatus.SUBMITTED, Role.SUPERIOR).returnForRevision("x")).to())
                .isEqualTo(ReviewStatus.RETURNED);
    }

    @Test
    void theMeetingIsRecordedByTheCommitteeNotForADayToComeAndInTheOrderOfDiscussion() {
        Review submitted = individual(ReviewStatus.SUBMITTED, Role.LEADER);
        assertThat(refusal(submitted.recordMeeting(TODAY.plusDays(1), TODAY, Optional.empty(), "Kết luận"))
                .messageKey()).isEqualTo("report.meeting.future");
        DiscussionOrder.Agenda collectiveFirst = new DiscussionOrder.Agenda("Chi bộ", true,
                DiscussionOrder.Rank.MEMBER, List.of());
        assertThat(refusal(submitted.recordMeeting(TODAY, TODAY, Optional.of(collectiveFirst), "Kết luận"))
                .messageKey()).isEqualTo("report.order.collective-first");
        assertThat(refusal(individual(ReviewStatus.SUBMITTED, Role.AUTHOR)
                .recordMeeting(TODAY, TODAY, Optional.empty(), "Kết luận")).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(accepted(submitted.recordMeeting(TODAY, TODAY, Optional.empty(), "Kết luận")).to())
                .isEqualTo(ReviewStatus.DISCUSSED);
    }

    @Test
    void theWriterRatesThemselvesOnlyAfterTheMeetingAndMayCorrectItUntilItIsProposed() {
        assertThat(refusal(individual(ReviewStatus.SUBMITTED, Role.AUTHOR).selfRate(rating(25, 60, RatingLevel.TOT)))
                .messageKey()).isEqualTo("rating.self.wrong-status");
        assertThat(accepted(individual(ReviewStatus.DISCUSSED, Role.AUTHOR).selfRate(rating(25, 60, RatingLevel.TOT)))
                .events()).extracting(Outcome.ReviewStepped::action, Outcome.ReviewStepped::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SELF_RATED", "level=TOT score=85"));
        assertThat(accepted(individual(ReviewStatus.SELF_RATED, Role.AUTHOR).selfRate(rating(25, 50, RatingLevel.TOT)))
                .to()).isEqualTo(ReviewStatus.SELF_RATED);
        assertThat(refusal(individual(ReviewStatus.PROPOSED, Role.AUTHOR).selfRate(rating(25, 60, RatingLevel.TOT)))
                .kind()).isEqualTo(Refusal.Kind.CONFLICT);
    }

    @Test
    void aCollectivesSelfRatingIsGivenByItsCommittee() {
        assertThat(accepted(collective(ReviewStatus.DISCUSSED, Role.LEADER).selfRate(rating(25, 60, RatingLevel.TOT)))
                .to()).isEqualTo(ReviewStatus.SELF_RATED);
        assertThat(refusal(collective(ReviewStatus.DISCUSSED, Role.UNIT_MEMBER)
                .selfRate(rating(25, 60, RatingLevel.TOT))).kind()).isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void theUnitsCommitteeProposesAMembersLevelAndTheBodyAboveACollectives() {
        Rating good = rating(25, 60, RatingLevel.TOT);
        assertThat(accepted(individual(ReviewStatus.SELF_RATED, Role.LEADER).propose(good)).to())
                .isEqualTo(ReviewStatus.PROPOSED);
        assertThat(refusal(individual(ReviewStatus.SELF_RATED, Role.AUTHOR).propose(good)).messageKey())
                .isEqualTo("rating.propose.forbidden");
        assertThat(refusal(collective(ReviewStatus.SELF_RATED, Role.LEADER).propose(good)).messageKey())
                .isEqualTo("rating.propose.forbidden");
        assertThat(accepted(collective(ReviewStatus.SELF_RATED, Role.SUPERIOR).propose(good)).to())
                .isEqualTo(ReviewStatus.PROPOSED);
    }

    @Test
    void onlyASuperiorDecidesAndOnlyAProposedOrReopenedRating() {
        ExcellenceQuota room = new ExcellenceQuota(20, "Đảng bộ xã", 0, 10);
        Rating good = rating(25, 60, RatingLevel.TOT);
        assertThat(refusal(individual(ReviewStatus.PROPOSED, Role.LEADER).decide(good, room)).messageKey())
                .isEqualTo("rating.decide.forbidden");
        assertThat(refusal(individual(ReviewStatus.SELF_RATED, Role.SUPERIOR).decide(good, room)).messageKey())
                .isEqualTo("rating.decide.wrong-status");
        assertThat(accepted(individual(ReviewStatus.PROPOSED, Role.SUPERIOR).decide(good, room)).to())
                .isEqualTo(ReviewStatus.DECIDED);
        assertThat(accepted(individual(ReviewStatus.REOPENED, Role.SUPERIOR).decide(good, room)).to())
                .isEqualTo(ReviewStatus.DECIDED);
    }

    @Test
    void aDecisionThatWouldBreakTheQuotaIsRefusedWithTheNumbers() {
        ExcellenceQuota full = new ExcellenceQuota(20, "Đảng bộ xã Hòa Bình", 2, 14);
        Refusal refusal = refusal(individual(ReviewStatus.PROPOSED, Role.SUPERIOR)
                .decide(rating(28, 65, RatingLevel.XUAT_SAC), full));
        assertThat(refusal).extracting(Refusal::kind, Refusal::messageKey, Refusal::arguments)
                .containsExactly(Refusal.Kind.CONFLICT, "rating.quota.exceeded",
                        List.of("Đảng bộ xã Hòa Bình", 2, 14, 2, 20));
    }

    @Test
    void aLevelGivenAgainstItsConditionsIsRefusedAtEveryStep() {
        Rating tooHigh = rating(20, 50, RatingLevel.XUAT_SAC);
        assertThat(refusal(individual(ReviewStatus.DISCUSSED, Role.AUTHOR).selfRate(tooHigh)).messageKey())
                .isEqualTo("rating.level.points");
        assertThat(refusal(individual(ReviewStatus.SELF_RATED, Role.LEADER).propose(tooHigh)).messageKey())
                .isEqualTo("rating.level.points");
        assertThat(refusal(individual(ReviewStatus.PROPOSED, Role.SUPERIOR)
                .decide(tooHigh, ExcellenceQuota.unlimited())).messageKey()).isEqualTo("rating.level.points");
    }

    @Test
    void aDecisionIsReopenedByASuperiorWithAReasonEvenAfterPublication() {
        assertThat(refusal(individual(ReviewStatus.DECIDED, Role.SUPERIOR).reopen("  ")).messageKey())
                .isEqualTo("rating.reopen.reason");
        assertThat(refusal(individual(ReviewStatus.DECIDED, Role.LEADER).reopen("Sai số liệu")).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
        assertThat(accepted(individual(ReviewStatus.PUBLISHED, Role.SUPERIOR).reopen("Sai số liệu")).events())
                .extracting(Outcome.ReviewStepped::action, Outcome.ReviewStepped::to)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("REOPENED", ReviewStatus.REOPENED));
        assertThat(refusal(individual(ReviewStatus.PROPOSED, Role.SUPERIOR).reopen("x")).messageKey())
                .isEqualTo("rating.reopen.wrong-status");
    }

    @Test
    void onlyADecidedResultIsPublishedAndOnlyByASuperior() {
        assertThat(accepted(individual(ReviewStatus.DECIDED, Role.SUPERIOR).publish()).to())
                .isEqualTo(ReviewStatus.PUBLISHED);
        assertThat(refusal(individual(ReviewStatus.PROPOSED, Role.SUPERIOR).publish()).messageKey())
                .isEqualTo("rating.publish.wrong-status");
        assertThat(refusal(individual(ReviewStatus.DECIDED, Role.LEADER).publish()).kind())
                .isEqualTo(Refusal.Kind.FORBIDDEN);
    }

    @Test
    void theWriterSeesTheProposalAndTheDecisionOnlyOncePublished() {
        assertThat(individual(ReviewStatus.DECIDED, Role.AUTHOR).seesDecision()).isFalse();
        assertThat(individual(ReviewStatus.REOPENED, Role.AUTHOR).seesDecision()).isFalse();
        assertThat(individual(ReviewStatus.PUBLISHED, Role.AUTHOR).seesDecision()).isTrue();
        assertThat(individual(ReviewStatus.PROPOSED, Role.LEADER).seesDecision()).isTrue();
    }

    @Test
    void aCollectivesCommitteeSeesItsOwnProposalAndDecisionOnlyOncePublished() {
        assertThat(collective(ReviewStatus.DECIDED, Role.LEADER).seesDecision()).isFalse();
        assertThat(collective(ReviewStatus.DECIDED, Role.SUPERIOR).seesDecision()).isTrue();
        assertThat(collective(ReviewStatus.PUBLISHED, Role.LEADER).seesDecision()).isTrue();
        assertThat(collective(ReviewStatus.PUBLISHED, Role.UNIT_MEMBER).seesDecision()).isTrue();
    }

    @Test
    void aSystemAdministratorReadsButTakesNoStep() {
        Review read = individual(ReviewStatus.PROPOSED, Role.ADMIN);
        assertThat(read.isVisible()).isTrue();
        for (ReviewAction action : ReviewAction.values()) {
            assertThat(read.permits(action)).as(action.name()).isFalse();
        }
    }

    @Test
    void everyStatusCanBeLeftAndEveryStatusButTheFirstReached() {
        for (ReviewStatus status : ReviewStatus.values()) {
            assertThat(Transitions.TABLE).as("from " + status)
                    .anyMatch(row -> row.from() == status && row.to() != status);
            if (status != ReviewStatus.NOT_STARTED) {
                assertThat(Transitions.TABLE).as("to " + status)
                        .anyMatch(row -> row.to() == status && row.from() != status);
            }
        }
    }
}
