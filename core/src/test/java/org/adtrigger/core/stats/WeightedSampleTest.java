package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedSampleTest {

    // Values 1..5 with weights 1, 2, 1, 3, 1 (W = 8), given out of order.
    // Cumulative C = 1, 3, 4, 7, 8; positions (C - w/2)/W = 0.0625, 0.25, 0.4375, 0.6875, 0.9375.
    private final WeightedSample five = WeightedSample.of(
            new double[] {4, 1, 5, 3, 2}, new double[] {3, 1, 1, 1, 2});

    @Test
    void quantilesOfFiveWeightedValuesByHand() {
        assertThat(five.median()).isCloseTo(3.25, within(1e-12));       // 3 + (0.5 - 0.4375)/0.25
        assertThat(five.quantile(0.25)).isCloseTo(2.0, within(1e-12));  // exactly at a position
        assertThat(five.quantile(0.8)).isCloseTo(4.45, within(1e-12));  // 4 + (0.8 - 0.6875)/0.25
        assertThat(five.quantile(0.05)).isEqualTo(1.0);                 // below the first position
        assertThat(five.quantile(0.95)).isEqualTo(5.0);                 // above the last position
        assertThat(five.quantile(0.0)).isEqualTo(1.0);
        assertThat(five.quantile(1.0)).isEqualTo(5.0);
    }

    @Test
    void equalWeightsGiveTheHazenQuantile() {
        assertThat(WeightedSample.of(new double[] {5, 1, 3, 2, 4}, new double[] {1, 1, 1, 1, 1}).median())
                .isEqualTo(3.0);
        assertThat(WeightedSample.of(new double[] {4, 1, 3, 2}, new double[] {2, 2, 2, 2}).median())
                .isCloseTo(2.5, within(1e-12));
    }

    @Test
    void zeroWeightsAreIgnored() {
        WeightedSample s = WeightedSample.of(new double[] {1, 100, 3}, new double[] {1, 0, 1});
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.median()).isCloseTo(2.0, within(1e-12));
    }

    @Test
    void negativeWeightsTakeTheFirstCrossing() {
        // Weights 1, 1, -3, 3, 2 (W = 4): positions 0.125, 0.375, 0.125, 0.125, 0.75 step backwards.
        WeightedSample s = WeightedSample.of(new double[] {1, 2, 3, 4, 5}, new double[] {1, 1, -3, 3, 2});
        assertThat(s.quantile(0.25)).isCloseTo(1.5, within(1e-12));  // between 1 (0.125) and 2 (0.375)
        assertThat(s.quantile(0.5)).isCloseTo(4.6, within(1e-12));   // between 4 (0.125) and 5 (0.75)
        assertThat(s.total().sumW()).isEqualTo(4.0);
    }

    @Test
    void tailSumsAreStrictlyAbove() {
        assertThat(five.above(3.0)).isEqualTo(new WeightedCount(4.0, 10.0));
        assertThat(five.above(2.999)).isEqualTo(new WeightedCount(5.0, 11.0));
        assertThat(five.countAbove(3.0)).isEqualTo(2);
        assertThat(five.fractionAbove(3.0)).isEqualTo(0.5);
        assertThat(five.above(5.0)).isEqualTo(WeightedCount.ZERO);
        assertThat(five.total()).isEqualTo(new WeightedCount(8.0, 16.0));
        assertThat(five.total().effectiveEntries()).isEqualTo(4.0);
    }

    @Test
    void invalidInputIsRefused() {
        assertThatThrownBy(() -> WeightedSample.of(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedSample.of(new double[] {1, Double.NaN}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entry 1");
        assertThatThrownBy(() -> five.quantile(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedSample.of(new double[] {1, 2}, new double[] {1, -1}).median())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> WeightedSample.of(new double[0], new double[0]).median())
                .isInstanceOf(IllegalStateException.class);
    }
}
