package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingPointTest {

    private static final int N = 100_000;

    /** Scores (i + ½)/N, i = 0..N−1, each of weight w: with equal weights the q-quantile is q itself. */
    private static WeightedSample uniform(double w) {
        double[] scores = new double[N];
        double[] weights = new double[N];
        for (int i = 0; i < N; i++) {
            scores[i] = (i + 0.5) / N;
        }
        Arrays.fill(weights, w);
        return WeightedSample.of(scores, weights);
    }

    @ParameterizedTest(name = "eps {0}")
    @CsvSource({"1e-2, 1000, true", "1e-3, 100, true", "1e-4, 10, true", "1e-5, 1, false"})
    void backgroundEfficiencyOnUniformToy(double eps, int eventsAbove, boolean sufficient) {
        WorkingPoint wp = WorkingPoint.atBackgroundEfficiency(uniform(1.0), eps,
                WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE);
        assertThat(wp.cut()).isCloseTo(1.0 - eps, within(1e-12));
        assertThat(wp.eventsAbove()).isEqualTo(eventsAbove);
        assertThat(wp.efficiency()).isCloseTo(eps, within(1e-12));
        assertThat(wp.passing().sumW()).isEqualTo(eventsAbove);
        assertThat(wp.sufficientStatistics()).isEqualTo(sufficient);
    }

    @Test
    void crossSectionPointsWithWeightsNormalisedToLuminosity() {
        // 10⁵ events of weight 0.5 at L = 1000 pb⁻¹: σ_total = 50 pb.
        WeightedSample bkg = uniform(0.5);
        WorkingPoint tenPb = WorkingPoint.atCrossSection(bkg, 10.0, 1000.0, 10);
        assertThat(tenPb.targetEfficiency()).isCloseTo(0.2, within(1e-12));
        assertThat(tenPb.cut()).isCloseTo(0.8, within(1e-12));
        assertThat(tenPb.passing().sumW() / 1000.0).as("passing cross section [pb]").isCloseTo(10.0, within(1e-9));
        assertThat(WorkingPoint.atCrossSection(bkg, 0.1, 1000.0, 10).cut()).isCloseTo(0.998, within(1e-12));
    }

    @Test
    void crossSectionAboveTheWholeBackgroundPassesEverything() {
        WorkingPoint all = WorkingPoint.atCrossSection(uniform(0.5), 100.0, 1000.0, 10);
        assertThat(all.cut()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(all.efficiency()).isEqualTo(1.0);
        assertThat(all.eventsAbove()).isEqualTo(N);
    }

    /** 1000 bulk events of weight 1, a tail of 20 events of weight 1 and, at the top, one of weight −15. */
    private static WeightedSample negativeTail() {
        double[] scores = new double[1021];
        double[] weights = new double[1021];
        for (int i = 0; i < 1021; i++) {
            scores[i] = i + 1;
            weights[i] = i == 1020 ? -15.0 : 1.0;
        }
        return WeightedSample.of(scores, weights);
    }

    @Test
    void aNegativeWeightInTheTailMakesAPointMeaninglessDespiteEnoughEvents() {
        WeightedSample bkg = negativeTail();
        for (double eps : new double[] {1e-2, 1e-3, 1e-4}) {
            WorkingPoint wp = WorkingPoint.atBackgroundEfficiency(bkg, eps, WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE);
            assertThat(wp.eventsAbove()).as("eps %s", eps).isGreaterThanOrEqualTo(10);
            // net passing weight at most 10 with Σw² ≥ 225 from the negative event: not above its error
            assertThat(wp.passing().sumW()).as("eps %s", eps).isLessThanOrEqualTo(10.0);
            assertThat(wp.sufficientStatistics()).as("eps %s", eps).isFalse();
            assertThat(wp.efficiency()).isEqualTo(wp.passing().sumW() / 1005.0);
        }
        WorkingPoint deep = WorkingPoint.atBackgroundEfficiency(bkg, 1e-4, 10);
        assertThat(deep.passing().sumW()).as("net passing weight").isNotPositive();
    }

    @Test
    void theNetWeightMustExceedItsUncertainty() {
        assertThat(WorkingPoint.netWeightAboveItsError(new WeightedCount(2.0, 2.0))).isTrue();
        assertThat(WorkingPoint.netWeightAboveItsError(new WeightedCount(1.0, 1.0))).isFalse();
        assertThat(WorkingPoint.netWeightAboveItsError(new WeightedCount(-0.5, 3.0))).isFalse();
        assertThat(WorkingPoint.netWeightAboveItsError(new WeightedCount(0.0, 0.0))).isFalse();
    }

    @Test
    void weightedBackgroundMovesTheCut() {
        // Two events: score 1 with weight 9, score 2 with weight 1; positions 0.45 and 0.95.
        WeightedSample bkg = WeightedSample.of(new double[] {1, 2}, new double[] {9, 1});
        WorkingPoint wp = WorkingPoint.atBackgroundEfficiency(bkg, 0.3, 1);
        assertThat(wp.cut()).isCloseTo(1.5, within(1e-12));  // quantile 0.7: halfway between the positions
        assertThat(wp.efficiency()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void invalidTargetsAreRefused() {
        WeightedSample bkg = uniform(1.0);
        assertThatThrownBy(() -> WorkingPoint.atBackgroundEfficiency(bkg, 0.0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingPoint.atBackgroundEfficiency(bkg, 1.5, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingPoint.atCrossSection(bkg, 1.0, 0.0, 10))
                .isInstanceOf(IllegalArgumentException.class);
        WeightedSample empty = WeightedSample.of(new double[0], new double[0]);
        assertThatThrownBy(() -> WorkingPoint.atBackgroundEfficiency(empty, 1.0, 10))
                .isInstanceOf(IllegalStateException.class);
    }
}
