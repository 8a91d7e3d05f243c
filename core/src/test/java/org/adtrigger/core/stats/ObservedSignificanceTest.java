package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ObservedSignificanceTest {
    @Test
    void exactBackgroundIsThePoissonTail() {
        ObservedSignificance z = ObservedSignificance.of(5, new WeightedCount(1.0, 0.0));
        assertThat(z.pValue()).isCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5 + 1.0 / 6 + 1.0 / 24), within(1e-12));
    }

    @Test
    void zBiWithTauOneIsAFairCoinTail() {
        // b = 1 ± 1: τ = 1, n_off = 1; p = I_½(3, 2) = P(Binomial(4, ½) ≥ 3) = 5/16
        ObservedSignificance z = ObservedSignificance.of(3, new WeightedCount(1.0, 1.0));
        assertThat(z.pValue()).isCloseTo(5.0 / 16, within(1e-12));
        assertThat(z.z()).isCloseTo(PValues.significance(5.0 / 16), within(1e-12));
    }

    @Test
    void mcUncertaintyLowersTheSignificance() {
        double exact = ObservedSignificance.of(20, new WeightedCount(10.0, 0.0)).z();
        double uncertain = ObservedSignificance.of(20, new WeightedCount(10.0, 4.0)).z();
        assertThat(uncertain).isLessThan(exact).isPositive();
        // tends to the exact Poisson value as σ_b → 0
        assertThat(ObservedSignificance.of(20, new WeightedCount(10.0, 1e-6)).z()).isCloseTo(exact, within(1e-3));
    }

    @Test
    void deficitIsNegativeAndNothingObservedIsPOne() {
        assertThat(ObservedSignificance.of(2, new WeightedCount(10.0, 1.0)).z()).isNegative();
        assertThat(ObservedSignificance.of(0, new WeightedCount(10.0, 1.0)).pValue()).isEqualTo(1.0);
    }
}
