package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RocCurveTest {

    private static WeightedSample sample(double[] values, double[] weights) {
        return WeightedSample.of(values, weights);
    }

    private static double[] effB(RocCurve roc) {
        double[] b = new double[roc.size()];
        for (int k = 0; k < b.length; k++) {
            b[k] = roc.backgroundEfficiency(k);
        }
        return b;
    }

    private static double[] effS(RocCurve roc) {
        double[] s = new double[roc.size()];
        for (int k = 0; k < s.length; k++) {
            s[k] = roc.signalEfficiency(k);
        }
        return s;
    }

    /**
     * Signal 0.9 (w 2), 0.6 (1), 0.3 (1); background 0.8 (1), 0.4 (2), 0.1 (1). Descending thresholds give
     * (0,0) (0,.5) (.25,.5) (.25,.75) (.75,.75) (.75,1) (1,1); trapezoids .25·.5 + .5·.75 + .25·1 = 0.75,
     * which is also P(s &gt; b) = (2·4 + 1·3 + 1·1)/(4·4).
     */
    private final RocCurve toy = RocCurve.of(sample(new double[] {0.3, 0.9, 0.6}, new double[] {1, 2, 1}),
            sample(new double[] {0.4, 0.1, 0.8}, new double[] {2, 1, 1}));

    @Test
    void weightedToyByHand() {
        assertThat(effB(toy)).containsExactly(0, 0, 0.25, 0.25, 0.75, 0.75, 1);
        assertThat(effS(toy)).containsExactly(0, 0.5, 0.5, 0.75, 0.75, 1, 1);
        assertThat(toy.threshold(0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(toy.threshold(3)).isEqualTo(0.6);
        assertThat(toy.auc()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void signalEfficiencyAtBackgroundEfficiency() {
        assertThat(toy.signalEfficiencyAt(0.1)).isEqualTo(0.5);
        assertThat(toy.signalEfficiencyAt(0.25)).as("top of the vertical step").isEqualTo(0.75);
        assertThat(toy.signalEfficiencyAt(0.5)).isEqualTo(0.75);
        assertThat(toy.signalEfficiencyAt(1.0)).isEqualTo(1.0);
        assertThat(toy.significanceImprovementAt(0.25)).isCloseTo(1.5, within(1e-12));
        assertThat(toy.e10()).isEqualTo(0.5);
    }

    @Test
    void tiedScoresMoveDiagonallyAndInterpolate() {
        RocCurve tie = RocCurve.of(sample(new double[] {0.5}, new double[] {1}),
                sample(new double[] {0.5}, new double[] {3}));
        assertThat(tie.size()).isEqualTo(2);
        assertThat(tie.signalEfficiencyAt(0.3)).isCloseTo(0.3, within(1e-12));
        assertThat(tie.auc()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void perfectSeparationGivesOne() {
        RocCurve roc = RocCurve.of(sample(new double[] {5, 6, 7}, new double[] {1, 2, 0.5}),
                sample(new double[] {1, 2, 3, 4}, new double[] {1, 1, 3, 1}));
        assertThat(roc.auc()).isCloseTo(1.0, within(1e-12));
        assertThat(roc.e100()).isEqualTo(1.0);
    }

    @Test
    void identicalSamplesGiveOneHalf() {
        Random rng = new Random(11);
        double[] x = new double[2000];
        double[] w = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian();
            w[i] = 0.5 + rng.nextDouble();
        }
        assertThat(RocCurve.of(sample(x, w), sample(x, w)).auc()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void independentDrawsOfOneDistributionGiveOneHalfWithinStatistics() {
        Random rng = new Random(3);
        int n = 200_000;
        double[] xs = new double[n];
        double[] xb = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = rng.nextGaussian();
            xb[i] = rng.nextGaussian();
            w[i] = 1.0;
        }
        // The AUC's standard deviation for equal samples is √((2n+1)/(12n²)) ≈ 0.0009 here.
        assertThat(RocCurve.of(sample(xs, w), sample(xb, w)).auc()).isCloseTo(0.5, within(0.005));
    }

    @Test
    void e10AndE100OnShiftedUniforms() {
        // Background uniform on [0, 1], signal uniform on [0.5, 1.5]: at cut c, ε_B = 1 − c and ε_S = 1.5 − c,
        // so ε_S = ε_B + 0.5: E_10 = 0.6, E_100 = 0.51, and SI at ε_B = 0.01 is 0.51/0.1.
        int n = 100_000;
        double[] xb = new double[n];
        double[] xs = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            xb[i] = (i + 0.5) / n;
            xs[i] = xb[i] + 0.5;
            w[i] = 1.0;
        }
        RocCurve roc = RocCurve.of(sample(xs, w), sample(xb, w));
        assertThat(roc.e10()).isCloseTo(0.6, within(2e-5));
        assertThat(roc.e100()).isCloseTo(0.51, within(2e-5));
        assertThat(roc.significanceImprovementAt(0.01)).isCloseTo(5.1, within(2e-4));
        assertThat(roc.auc()).isCloseTo(0.875, within(1e-4));
    }

    @Test
    void negativeWeightsStayInTheSums() {
        // Background 0.8 (w 2) and 0.7 (w −1): ε_B overshoots to 2 and comes back to 1.
        RocCurve roc = RocCurve.of(sample(new double[] {0.9}, new double[] {1}),
                sample(new double[] {0.8, 0.7}, new double[] {2, -1}));
        assertThat(effB(roc)).containsExactly(0, 0, 2, 1);
        assertThat(roc.auc()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void refusesEmptyClassesAndBadTargets() {
        WeightedSample empty = sample(new double[0], new double[0]);
        assertThatThrownBy(() -> RocCurve.of(empty, sample(new double[] {1}, new double[] {1})))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> toy.signalEfficiencyAt(1.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> toy.significanceImprovementAt(0.0)).isInstanceOf(IllegalArgumentException.class);
    }
}
