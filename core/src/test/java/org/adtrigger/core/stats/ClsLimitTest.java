package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClsLimitTest {
    private static final double MINUS_LN_005 = -Math.log(0.05);

    @Test
    void nothingObservedGivesMinusLnFivePercentForAnyBackground() {
        assertThat(MINUS_LN_005).isCloseTo(2.996, within(5e-4));
        for (double b : new double[] {0.0, 0.5, 3.0, 10.0, 100.0}) {
            assertThat(new ClsLimit(new WeightedCount(b, 0.0), 0.95).upperLimit(0)).as("b = %s", b)
                    .isCloseTo(MINUS_LN_005, within(1e-5));
            // the marginalised background cancels in the ratio too
            assertThat(new ClsLimit(new WeightedCount(b, 0.3 * b * b + 0.01), 0.95).upperLimit(0))
                    .as("b = %s with MC error", b).isCloseTo(MINUS_LN_005, within(1e-5));
        }
    }

    @Test
    void withoutBackgroundItIsTheClassicalPoissonLimit() {
        // b = 0: CLs = CL_{s+b}; 95 % upper limits 4.744 (n = 1) and 6.296 (n = 2), PDG table 40.3
        ClsLimit limit = new ClsLimit(WeightedCount.ZERO, 0.95);
        assertThat(limit.upperLimit(1)).isCloseTo(4.744, within(1e-3));
        assertThat(limit.upperLimit(2)).isCloseTo(6.296, within(1e-3));
    }

    @Test
    void backgroundUncertaintyLoosensTheLimit() {
        double exact = new ClsLimit(new WeightedCount(10.0, 0.0), 0.95).upperLimit(10);
        double uncertain = new ClsLimit(new WeightedCount(10.0, 9.0), 0.95).upperLimit(10);
        assertThat(uncertain).isGreaterThan(exact);
        // n = b = 10 without uncertainty: CLs(s) by hand at the limit is 0.05
        ClsLimit limit = new ClsLimit(new WeightedCount(10.0, 0.0), 0.95);
        assertThat(PValues.atMost(10, 10 + exact) / PValues.atMost(10, 10)).isCloseTo(0.05, within(1e-6));
        assertThat(limit.cls(exact, 10)).isCloseTo(0.05, within(1e-6));
    }

    @Test
    void expectedBandIsOrderedAndMedianIsTheLimitAtTheMedianCount() {
        ClsLimit limit = new ClsLimit(new WeightedCount(4.0, 0.0), 0.95);
        ClsLimit.Limits l = limit.limits(4);
        assertThat(l.expectedMinus2()).isLessThanOrEqualTo(l.expectedMinus1());
        assertThat(l.expectedMinus1()).isLessThanOrEqualTo(l.expectedMedian());
        assertThat(l.expectedMedian()).isLessThanOrEqualTo(l.expectedPlus1());
        assertThat(l.expectedPlus1()).isLessThanOrEqualTo(l.expectedPlus2());
        // median of Poisson(4) is 4
        assertThat(l.expectedMedian()).isCloseTo(limit.upperLimit(4), within(1e-9));
        assertThat(l.observed()).isCloseTo(limit.upperLimit(4), within(1e-9));
    }
}
