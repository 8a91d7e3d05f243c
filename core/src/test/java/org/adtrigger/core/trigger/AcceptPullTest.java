package org.adtrigger.core.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AcceptPullTest {

    @Test
    void poissonAndCardErrorsAddInQuadrature() {
        // b = 100, card error 10 events: σ = √(100 + 100) = 14.142; pull of 130 observed = 30/14.142 = 2.1213
        AcceptPull p = new AcceptPull(130, 100.0, 10.0);
        assertThat(p.error()).isCloseTo(Math.sqrt(200.0), within(1e-12));
        assertThat(p.pull()).isCloseTo(2.1213203, within(1e-6));
    }

    @Test
    void withoutCardErrorItIsThePoissonPull() {
        assertThat(new AcceptPull(16, 25.0, 0.0).pull()).isCloseTo(-1.8, within(1e-12));
    }

    @Test
    void nothingExpectedGivesNaN() {
        assertThat(new AcceptPull(3, 0.0, 0.0).pull()).isNaN();
    }

    @Test
    void passFractionErrorIsBinomialOnTheEffectiveValidationSize() {
        // ε = 0.2 from 10 000 events: √(0.2·0.8/10⁴) = 0.004
        assertThat(new AcceptCut(1.0, 0.2, 2000, 10_000, "").passFractionError()).isCloseTo(0.004, within(1e-15));
        assertThat(new AcceptCut(1.0, 0.2, -1, 0, "").passFractionError()).isZero();
    }
}
