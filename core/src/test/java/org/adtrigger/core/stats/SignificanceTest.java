package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignificanceTest {

    @Test
    void tenOverAHundred() {
        assertThat(Significance.simple(10, 100).z()).isCloseTo(1.000, within(1e-12));
        // √(2(110·ln 1.1 − 10)) = √0.968237... = 0.983992
        assertThat(Significance.asimov(10, 100).z()).isCloseTo(0.98399164, within(1e-8));
        assertThat(Significance.asimov(10, 100).error()).isZero();
    }

    @Test
    void uncertaintiesPropagatedByHand() {
        // s = 5 ± 1 (Σw² = 1), b = 25 ± 2 (Σw² = 4).
        WeightedCount s = new WeightedCount(5, 1);
        WeightedCount b = new WeightedCount(25, 4);

        // Z = 1; σ² = 1/25 + 25·4/(4·25³) = 0.04 + 0.0016.
        Significance simple = Significance.simple(s, b);
        assertThat(simple.z()).isCloseTo(1.0, within(1e-12));
        assertThat(simple.error()).isCloseTo(Math.sqrt(0.0416), within(1e-12));

        // Z_A = √(2(30 ln 1.2 − 5)) = 0.969172; ∂Z/∂s = ln 1.2/Z = 0.188121, ∂Z/∂b = (ln 1.2 − 0.2)/Z = −0.018241;
        // σ² = 0.188121² + 4·0.018241² = 0.036720, σ = 0.191626.
        Significance asimov = Significance.asimov(s, b);
        assertThat(asimov.z()).isCloseTo(0.969172, within(1e-6));
        assertThat(asimov.error()).isCloseTo(0.191626, within(1e-6));
    }

    @Test
    void asimovTendsToSimpleForSmallSignal() {
        assertThat(Significance.asimov(0.01, 1e4).z()).isCloseTo(1e-4, within(1e-8));
    }

    @Test
    void zeroSignalHasTheLimitingUncertainty() {
        // At s = 0 both derivatives with respect to s are 1/√b and Z does not depend on b to first order.
        WeightedCount s = new WeightedCount(0, 4);
        WeightedCount b = new WeightedCount(100, 9);
        assertThat(Significance.asimov(s, b)).isEqualTo(new Significance(0.0, 0.2));
        assertThat(Significance.simple(s, b)).isEqualTo(new Significance(0.0, 0.2));
    }

    @Test
    void deficitsGiveNegativeSignificance() {
        assertThat(Significance.simple(-5, 25).z()).isCloseTo(-1.0, within(1e-12));
        // −√(2(5 ln 0.5 + 5)) = −1.751721
        assertThat(Significance.asimov(-5, 10).z()).isCloseTo(-1.751721, within(1e-6));
        assertThat(Significance.asimov(-10, 10).z()).isCloseTo(-Math.sqrt(20), within(1e-12));
        assertThat(Significance.asimov(new WeightedCount(-10, 0), new WeightedCount(10, 1)).isDefined()).isTrue();
    }

    @Test
    void undefinedWithoutBackgroundOrBelowMinusB() {
        assertThat(Significance.simple(5, 0)).isEqualTo(Significance.UNDEFINED);
        assertThat(Significance.asimov(5, -1).isDefined()).isFalse();
        assertThat(Significance.asimov(-11, 10).isDefined()).isFalse();
        assertThat(Significance.simple(Double.NaN, 10).isDefined()).isFalse();
        assertThat(Significance.simple(1, Double.NaN).isDefined()).isFalse();
    }
}
