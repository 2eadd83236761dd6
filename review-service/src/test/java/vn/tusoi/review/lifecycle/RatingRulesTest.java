package vn.tusoi.review.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The conditions of the levels (QĐ 366-QĐ/TW), one test per condition. */
class RatingRulesTest {

    static final List<Criterion> CRITERIA = List.of(new Criterion("CHUNG", Criterion.Part.COMMON, "Chung", 30),
            new Criterion("NHIEM_VU", Criterion.Part.TASKS, "Nhiệm vụ", 70));

    /** A scorecard of 10 tasks. */
    static Scorecard card(int score, int done, int late, int beyond, boolean disciplined, boolean disqualified) {
        int common = Math.min(30, score);
        return new Scorecard(Map.of("CHUNG", common, "NHIEM_VU", score - common), 10, done, late, beyond,
                disciplined, disqualified);
    }

    static String refusal(RatingLevel level, Scorecard card) {
        return RatingRules.refusal(level, card).map(Refusal::messageKey).orElse(null);
    }

    @Test
    void theScoreIsTheSumOfThePointsOfEveryCriterion() {
        assertThat(new Scorecard(Map.of("CHUNG", 27, "NHIEM_VU", 64), 0, 0, 0, 0, false, false).score())
                .isEqualTo(91);
    }

    @Test
    void excellentNeedsNinetyPointsEveryTaskDoneThirtyPercentBeyondAndNoDisciplinedSubordinate() {
        assertThat(refusal(RatingLevel.XUAT_SAC, card(90, 10, 0, 3, false, false))).isNull();
        assertThat(refusal(RatingLevel.XUAT_SAC, card(89, 10, 0, 3, false, false))).isEqualTo("rating.level.points");
        assertThat(refusal(RatingLevel.XUAT_SAC, card(95, 9, 0, 3, false, false)))
                .isEqualTo("rating.level.not-all-done");
        assertThat(refusal(RatingLevel.XUAT_SAC, card(95, 10, 0, 2, false, false))).isEqualTo("rating.level.beyond");
        assertThat(refusal(RatingLevel.XUAT_SAC, card(95, 10, 0, 3, true, false)))
                .isEqualTo("rating.level.disciplined-subordinate");
    }

    @Test
    void goodNeedsSeventyPoints() {
        assertThat(refusal(RatingLevel.TOT, card(70, 9, 0, 0, false, false))).isNull();
        assertThat(refusal(RatingLevel.TOT, card(69, 10, 0, 0, false, false))).isEqualTo("rating.level.points");
    }

    @Test
    void completedNeedsFiftyPointsAndAtMostTwentyPercentOfTasksLate() {
        assertThat(refusal(RatingLevel.HOAN_THANH, card(50, 8, 2, 0, false, false))).isNull();
        assertThat(refusal(RatingLevel.HOAN_THANH, card(49, 8, 0, 0, false, false))).isEqualTo("rating.level.points");
        assertThat(refusal(RatingLevel.HOAN_THANH, card(60, 8, 3, 0, false, false))).isEqualTo("rating.level.late");
        assertThat(refusal(RatingLevel.TOT, card(80, 8, 3, 0, false, false))).isEqualTo("rating.level.late");
    }

    @Test
    void notCompletedOnlyUnderFiftyPointsOrWithADisqualifyingCondition() {
        assertThat(refusal(RatingLevel.KHONG_HOAN_THANH, card(49, 5, 0, 0, false, false))).isNull();
        assertThat(refusal(RatingLevel.KHONG_HOAN_THANH, card(80, 10, 0, 0, false, true))).isNull();
        assertThat(refusal(RatingLevel.KHONG_HOAN_THANH, card(80, 10, 0, 0, false, false)))
                .isEqualTo("rating.level.not-failing");
    }

    @Test
    void aDisqualifyingConditionRulesOutEveryOtherLevel() {
        for (RatingLevel level : List.of(RatingLevel.XUAT_SAC, RatingLevel.TOT, RatingLevel.HOAN_THANH)) {
            assertThat(refusal(level, card(99, 10, 0, 10, false, true))).isEqualTo("rating.level.disqualified");
        }
    }

    @Test
    void aLowerLevelThanEarnedMayBeGivenSinceTheQuotaCanRequireIt() {
        Scorecard excellent = card(95, 10, 0, 5, false, false);
        assertThat(RatingRules.earned(excellent)).isEqualTo(RatingLevel.XUAT_SAC);
        assertThat(refusal(RatingLevel.TOT, excellent)).isNull();
        assertThat(refusal(RatingLevel.HOAN_THANH, excellent)).isNull();
    }

    @Test
    void theEarnedLevelIsTheHighestWhoseConditionsHold() {
        assertThat(RatingRules.earned(card(95, 9, 0, 5, false, false))).isEqualTo(RatingLevel.TOT);
        assertThat(RatingRules.earned(card(60, 9, 1, 0, false, false))).isEqualTo(RatingLevel.HOAN_THANH);
        assertThat(RatingRules.earned(card(60, 9, 3, 0, false, false))).isEqualTo(RatingLevel.KHONG_HOAN_THANH);
    }

    @Test
    void everyCriterionIsScoredOnceWithinItsMaximum() {
        assertThat(new Scorecard(Map.of("CHUNG", 30), 0, 0, 0, 0, false, false).checkAgainst(CRITERIA))
                .map(Refusal::messageKey).contains("rating.criterion.missing");
        assertThat(new Scorecard(Map.of("CHUNG", 31, "NHIEM_VU", 0), 0, 0, 0, 0, false, false)
                .checkAgainst(CRITERIA)).map(Refusal::messageKey).contains("rating.criterion.out-of-range");
        assertThat(new Scorecard(Map.of("CHUNG", 1, "NHIEM_VU", 0, "KHAC", 1), 0, 0, 0, 0, false, false)
                .checkAgainst(CRITERIA)).map(Refusal::messageKey).contains("rating.criterion.unknown");
    }

    @Test
    void lateAndBeyondTargetAreCountedAmongTheTasksDone() {
        assertThat(new Scorecard(Map.of("CHUNG", 1, "NHIEM_VU", 0), 5, 6, 0, 0, false, false)
                .checkAgainst(CRITERIA)).map(Refusal::messageKey).contains("rating.tasks.inconsistent");
        assertThat(new Scorecard(Map.of("CHUNG", 1, "NHIEM_VU", 0), 5, 3, 4, 0, false, false)
                .checkAgainst(CRITERIA)).map(Refusal::messageKey).contains("rating.tasks.inconsistent");
    }
}
