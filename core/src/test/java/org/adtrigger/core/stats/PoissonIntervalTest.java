package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonIntervalTest {
    @Test
    void zeroObservedGivesZeroToOnePointEightFourOne() {
        PoissonInterval i = PoissonInterval.garwood(0);
        assertThat(i.low()).isZero();
        // −ln(0.15866) = 1.8410
        assertThat(i.high()).isCloseTo(1.841, within(5e-4));
    }

    @Test
    void fiveObservedMatchesTheTable() {
        PoissonInterval i = PoissonInterval.garwood(5);
        assertThat(i.low()).isCloseTo(2.840, within(5e-4));
        assertThat(i.high()).isCloseTo(8.382, within(5e-4));
    }

    @Test
    void ninetyFivePercentForOneEvent() {
        // 95 % central for n = 1: [0.0253, 5.572] (PDG table 40.3)
        PoissonInterval i = PoissonInterval.garwood(1, 0.95);
        assertThat(i.low()).isCloseTo(0.0253, within(1e-4));
        assertThat(i.high()).isCloseTo(5.572, within(1e-3));
    }

    @Test
    void refusesANegativeCount() {
        assertThatThrownBy(() -> PoissonInterval.garwood(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
