package vn.tusoi.review.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The quota of "hoàn thành xuất sắc" (QĐ 366-QĐ/TW): a share of those decided "hoàn thành tốt", rounded down. */
class ExcellenceQuotaTest {

    @Test
    void theMostExcellentIsThePercentageOfTheGoodRoundedDown() {
        assertThat(ExcellenceQuota.most(20, 14)).isEqualTo(2);
        assertThat(ExcellenceQuota.most(20, 15)).isEqualTo(3);
        assertThat(ExcellenceQuota.most(25, 4)).isEqualTo(1);
        assertThat(ExcellenceQuota.most(20, 0)).isZero();
    }

    @Test
    void anExcellentDecisionWithinTheQuotaIsAdmitted() {
        assertThat(new ExcellenceQuota(20, "Xã", 1, 10).admits(RatingLevel.XUAT_SAC)).isEmpty();
    }

    @Test
    void anExcellentDecisionBeyondTheQuotaIsRefused() {
        assertThat(new ExcellenceQuota(20, "Xã", 2, 10).admits(RatingLevel.XUAT_SAC)).isPresent();
        assertThat(new ExcellenceQuota(20, "Xã", 0, 4).admits(RatingLevel.XUAT_SAC)).isPresent();
    }

    @Test
    void aGoodDecisionIsAlwaysAdmittedSinceItRaisesTheCeiling() {
        assertThat(new ExcellenceQuota(20, "Xã", 5, 3).admits(RatingLevel.TOT)).isEmpty();
    }

    @Test
    void aLowerDecisionIsRefusedWhileTheGroupIsOverItsQuota() {
        // a "tốt" was reopened: 3 "xuất sắc" on 14 "tốt" is over the quota until a "xuất sắc" is changed
        assertThat(new ExcellenceQuota(20, "Xã", 3, 14).admits(RatingLevel.HOAN_THANH)).isPresent();
        assertThat(new ExcellenceQuota(20, "Xã", 2, 14).admits(RatingLevel.HOAN_THANH)).isEmpty();
    }
}
