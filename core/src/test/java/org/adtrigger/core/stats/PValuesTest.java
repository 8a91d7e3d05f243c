package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PValuesTest {
    @Test
    void poissonTailByHand() {
        // P(N ≥ 5 | 1) = 1 − e^{-1}(1 + 1 + 1/2 + 1/6 + 1/24)
        double hand = 1 - Math.exp(-1) * (1 + 1 + 0.5 + 1.0 / 6 + 1.0 / 24);
        assertThat(PValues.atLeast(5, 1)).isCloseTo(hand, within(1e-12));
        assertThat(PValues.atLeast(0, 1)).isEqualTo(1.0);
        // P(N ≤ 2 | 3) = e^{-3}(1 + 3 + 4.5)
        assertThat(PValues.atMost(2, 3)).isCloseTo(Math.exp(-3) * 8.5, within(1e-12));
    }

    @Test
    void significanceOfKnownPValues() {
        assertThat(PValues.significance(0.5)).isCloseTo(0.0, within(1e-12));
        assertThat(PValues.significance(0.15865525393145707)).isCloseTo(1.0, within(1e-9));
        assertThat(PValues.significance(2.866515718791939e-7)).isCloseTo(5.0, within(1e-7));
        assertThat(PValues.significance(0.8413447460685429)).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void farTailRoundTrips() {
        for (double z : new double[] {8.0, 10.0, 20.0, 30.0}) {
            assertThat(PValues.significance(PValues.pValue(z))).as("Z = %s", z).isCloseTo(z, within(1e-6));
        }
        // Q(8) = 6.22096e-16
        assertThat(PValues.significance(6.220960574271785e-16)).isCloseTo(8.0, within(1e-6));
    }

    @Test
    void logarithmicTailJoinsTheDirectOne() {
        // 1/170! ≈ 1.4e-307: still a double, but below the 1e-300 switch to the series
        double direct = Math.log(org.apache.commons.math3.special.Gamma.regularizedGammaP(170, 1));
        assertThat(PValues.logAtLeast(170, 1)).isCloseTo(direct, within(1e-9 * Math.abs(direct)));
        // far below a double: P(N ≥ 500 | 1) ≈ e^{-1}/500! · (1 + 1/501 + …), ln 500! = 2611.330
        assertThat(PValues.logAtLeast(500, 1)).isCloseTo(-1 - 2611.3304584 + Math.log1p(1.0 / 501 + 1.0 / (501 * 502)),
                within(1e-6));
    }

    @Test
    void significanceOfAnUnderflowingPValue() {
        // ln Q(40) = −800 − ln(40√(2π)) + ln(1 − 1/1600 + 3/1600²) = −804.60845
        double logQ40 = -800 - Math.log(40 * Math.sqrt(2 * Math.PI)) + Math.log1p(-1.0 / 1600 + 3.0 / (1600.0 * 1600));
        assertThat(logQ40).isCloseTo(-804.60845, within(1e-4));
        assertThat(PValues.significanceOfLog(logQ40)).isCloseTo(40.0, within(1e-6));
    }
}
