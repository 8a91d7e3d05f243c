package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WeightedHistogramTest {

    private final WeightedHistogram h = new WeightedHistogram(10, 0.0, 1.0);

    @Test
    void binsKeepSumOfWeightsAndSumOfSquares() {
        h.fill(0.05, 2.0);
        h.fill(0.07, 1.0);
        h.fill(0.55, -0.5);
        assertThat(h.bin(0)).isEqualTo(new WeightedCount(3.0, 5.0));
        assertThat(h.bin(0).error()).isCloseTo(Math.sqrt(5.0), within(1e-12));
        assertThat(h.bin(5)).isEqualTo(new WeightedCount(-0.5, 0.25));
        assertThat(h.bin(9)).isEqualTo(WeightedCount.ZERO);
        assertThat(h.entries()).isEqualTo(3);
    }

    @Test
    void binsAreHalfOpenWithUnderAndOverflow() {
        h.fill(-0.1, 1.0);
        h.fill(1.0, 2.0);
        h.fill(0.9999999999, 4.0);
        h.fill(0.0, 8.0);
        assertThat(h.underflow().sumW()).isEqualTo(1.0);
        assertThat(h.overflow().sumW()).isEqualTo(2.0);
        assertThat(h.bin(9).sumW()).isEqualTo(4.0);
        assertThat(h.bin(0).sumW()).isEqualTo(8.0);
        assertThat(h.total()).isEqualTo(new WeightedCount(15.0, 85.0));
    }

    @Test
    void contentsAndVariancesAreTheBinsAloneWithoutUnderOrOverflow() {
        WeightedHistogram three = new WeightedHistogram(3, 0.0, 3.0);
        three.fill(-1.0, 5.0);
        three.fill(0.5, 2.0);
        three.fill(0.5, 1.0);
        three.fill(2.5, 3.0);
        three.fill(9.0, 7.0);
        assertThat(three.contents()).containsExactly(3.0, 0.0, 3.0);
        assertThat(three.variances()).containsExactly(5.0, 0.0, 9.0);
    }

    @Test
    void everyLowEdgeFallsInItsOwnBin() {
        WeightedHistogram odd = new WeightedHistogram(7, -0.3, 2.2);
        for (int k = 0; k < 7; k++) {
            assertThat(odd.binOf(odd.lowEdge(k))).isEqualTo(k);
            assertThat(odd.binOf(Math.nextDown(odd.lowEdge(k + 1)))).isEqualTo(k);
        }
        assertThat(odd.binOf(2.2)).isEqualTo(7);
        assertThat(odd.binOf(-0.31)).isEqualTo(-1);
        assertThat(odd.center(0)).isCloseTo(-0.3 + 2.5 / 14, within(1e-12));
    }

    @Test
    void addMergesSameBinningOnly() {
        WeightedHistogram other = new WeightedHistogram(10, 0.0, 1.0);
        h.fill(0.35, 1.0);
        other.fill(0.35, 2.0);
        other.fill(1.5, 1.0);
        h.add(other);
        assertThat(h.bin(3)).isEqualTo(new WeightedCount(3.0, 5.0));
        assertThat(h.overflow().sumW()).isEqualTo(1.0);
        assertThat(h.entries()).isEqualTo(3);
        assertThatThrownBy(() -> h.add(new WeightedHistogram(10, 0.0, 2.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesNaNAndBadBinning() {
        assertThatThrownBy(() -> h.fill(Double.NaN, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.fill(0.5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedHistogram(0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WeightedHistogram(5, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> h.bin(10)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
