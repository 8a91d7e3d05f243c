package org.adtrigger.trainer.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.junit.jupiter.api.Test;

class HistogramOutlierScoreTest {
    /**
     * Cell 0: {0, 0, 0, 1, 2}, 2 bins on [0, 2]: 3 and 2 events, heights 1 and 2/3. Cell 1: {0, 0, 0, 0, 4},
     * 2 bins on [0, 4]: heights 1 and 1/4, floor 1/8. Cell 2 is always 5 and is skipped; cell 3 always 0 (not kept).
     */
    private static final float[][] ROWS = {{0, 0, 5, 0}, {0, 0, 5, 0}, {0, 0, 5, 0}, {1, 0, 5, 0}, {2, 4, 5, 0}};

    private static HistogramOutlierScore fit(float[][] rows, float[] weights, int bins) {
        InMemoryBatchSource source = new InMemoryBatchSource(rows, weights, 2);
        return HistogramOutlierScoreFitter.fit(source, CellStatistics.collect(source), 4, bins);
    }

    @Test
    void sumsMinusLogHeightsByHand() {
        HistogramOutlierScore hbos = fit(ROWS, new float[] {1, 1, 1, 1, 1}, 2);

        assertThat(hbos.keptCells()).containsExactly(0, 1);
        assertThat(hbos.score(new float[] {0, 0, 5, 0})).isCloseTo(0, within(1e-12));
        // −ln(2/3) − ln(1/4) = ln 6
        assertThat(hbos.score(new float[] {2, 4, 123, 0})).isCloseTo(1.791759469228055, within(1e-12));
        // out of range in cell 0: floor 1/3, half the lowest height 2/3
        assertThat(hbos.score(new float[] {-1, 0, 5, 0})).isCloseTo(Math.log(3), within(1e-12));
        assertThat(hbos.score(new float[] {2.5f, 0, 5, 0})).isCloseTo(Math.log(3), within(1e-12));
    }

    @Test
    void anEmptyBinGetsTheFloor() {
        // 3 bins on [0, 3]: contents 3, 0, 1 → heights 1, 0, 1/3, floor 1/6
        float[][] rows = {{0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {3, 0, 0, 0}};
        HistogramOutlierScore hbos = fit(rows, new float[] {1, 1, 1, 1}, 3);

        assertThat(hbos.score(new float[] {1.5f, 0, 0, 0})).isCloseTo(Math.log(6), within(1e-12));
        assertThat(hbos.score(new float[] {3, 0, 0, 0})).isCloseTo(Math.log(3), within(1e-12));
    }

    @Test
    void weightsFillTheBinsAndNegativeTotalsCountAsEmpty() {
        // cell 0: the three 0s weigh 1 each (bin 0: 3); 1 weighs −2 and 2 weighs 6 (bin 1: 4, the fullest)
        HistogramOutlierScore hbos = fit(ROWS, new float[] {1, 1, 1, -2, 6}, 2);
        assertThat(hbos.histograms().get(0).height(0)).isCloseTo(0.75, within(1e-12));
        assertThat(hbos.histograms().get(0).height(1)).isCloseTo(1, within(1e-12));

        // 1 weighing −9 leaves bin 1 at −8: empty, so the floor is half of bin 0's height 1
        HistogramOutlierScore negative = fit(ROWS, new float[] {1, 1, 1, -9, 1}, 2);
        assertThat(negative.histograms().get(0).height(1)).isZero();
        assertThat(negative.histograms().get(0).floor()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void binsAreHalfOpenAndTheLastOneClosed() {
        float[] edges = FeatureHistogram.edges(0, 3, 3);
        assertThat(edges).containsExactly(0, 1, 2, 3);
        assertThat(FeatureHistogram.bin(edges, 0)).isZero();
        assertThat(FeatureHistogram.bin(edges, Math.nextDown(1f))).isZero();
        assertThat(FeatureHistogram.bin(edges, 1)).isEqualTo(1);
        assertThat(FeatureHistogram.bin(edges, 3)).isEqualTo(2);
        assertThat(FeatureHistogram.bin(edges, Math.nextUp(3f))).isEqualTo(-1);
        assertThat(FeatureHistogram.bin(edges, Math.nextDown(0f))).isEqualTo(-1);
        assertThat(FeatureHistogram.bin(edges, Float.NaN)).isEqualTo(-1);
    }

    @Test
    void theExportedTreeAgreesWithTheLookupEverywhere() {
        float[][] rows = new float[200][1];
        for (int i = 0; i < rows.length; i++) {
            rows[i][0] = (float) Math.sqrt(i);
        }
        float[] weights = new float[rows.length];
        java.util.Arrays.fill(weights, 1f);
        InMemoryBatchSource source = new InMemoryBatchSource(rows, weights, 50);
        FeatureHistogram histogram = HistogramOutlierScoreFitter.fit(source, CellStatistics.collect(source), 1, 7)
                .histograms().get(0);
        DecisionTree tree = histogram.toTree();

        float[] probes = {-1f, 0f, Float.NaN, 20f, Float.POSITIVE_INFINITY};
        for (float x : probes) {
            assertThat(tree.evaluate(new float[] {x})).as("x = %s", x).isEqualTo(histogram.contribution(x));
        }
        for (float edge : histogram.edges()) {
            for (float x : new float[] {Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                assertThat(tree.evaluate(new float[] {x})).as("x = %s", x).isEqualTo(histogram.contribution(x));
            }
        }
    }

    @Test
    void defaultBinsAreTheSquareRootCapped() {
        assertThat(HistogramOutlierScoreFitter.defaultBins(1)).isEqualTo(1);
        assertThat(HistogramOutlierScoreFitter.defaultBins(2500)).isEqualTo(50);
        assertThat(HistogramOutlierScoreFitter.defaultBins(1_000_000)).isEqualTo(100);
    }
}
