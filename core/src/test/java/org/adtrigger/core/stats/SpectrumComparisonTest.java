package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpectrumComparisonTest {
    @Test
    void chiSquareByHandWithPoolingOfSparseBins() {
        // bins: b = 10 ± √2 (d = 14), b = 20 (d = 16), b = 1 and 2 (sparse, pooled: d = 2 + 4), b = 0 (d = 3)
        ExpectedSpectrum expected = new ExpectedSpectrum(new WeightedHistogram(5, 0, 5), List.of("a", "b"));
        expected.fill("a", 0.5, 8);
        expected.fill("b", 0.5, 2);
        // Σw² of bin 0: 64 + 4 = 68
        expected.fill("a", 1.5, 20);
        expected.fill("a", 2.5, 1);
        expected.fill("b", 3.5, 2);
        WeightedHistogram observed = expected.emptyHistogram();
        double[][] data = {{0.5, 14}, {1.5, 16}, {2.5, 2}, {3.5, 4}, {4.5, 3}};
        for (double[] bin : data) {
            for (int i = 0; i < bin[1]; i++) {
                observed.fill(bin[0], 1.0);
            }
        }
        SpectrumComparison c = SpectrumComparison.of(observed, expected.total());
        double hand = 16.0 / (10 + 68) + 16.0 / (20 + 400) + 9.0 / (3 + 1 + 4);
        assertThat(c.chi2()).isCloseTo(hand, within(1e-12));
        assertThat(c.ndf()).isEqualTo(3);
        assertThat(c.observedWhereNoneExpected()).isEqualTo(3);
        assertThat(c.observed()).isEqualTo(39);
        assertThat(c.expected().sumW()).isCloseTo(33, within(1e-12));
        assertThat(expected.processes()).containsExactly("a", "b");
        assertThat(expected.totalContents()).containsExactly(10, 20, 1, 2, 0);
    }
}
