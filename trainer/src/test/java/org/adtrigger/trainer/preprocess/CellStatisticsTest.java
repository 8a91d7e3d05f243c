package org.adtrigger.trainer.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.junit.jupiter.api.Test;

class CellStatisticsTest {
    /**
     * Cells: 0 varies, 1 is always zero, 2 is constant 5, 3 varies. Weights 2, 1, −1, 2 (Σw = 4), read in
     * batches of 3 and 1 so that accumulation across batches is exercised.
     */
    private static final float[][] ROWS = {
        {1f, 0f, 5f, 0f},
        {3f, 0f, 5f, 2f},
        {2f, 0f, 5f, -4f},
        {4f, 0f, 5f, 1f},
    };
    private static final float[] WEIGHTS = {2f, 1f, -1f, 2f};

    private static CellStatistics stats() {
        return CellStatistics.collect(new InMemoryBatchSource(ROWS, WEIGHTS, 3));
    }

    @Test
    void weightedMomentsMatchHandComputation() {
        CellStatistics s = stats();
        assertThat(s.events()).isEqualTo(4);
        assertThat(s.weightSum()).isEqualTo(4.0);
        // cell 0: Σw·x = 2 + 3 − 2 + 8 = 11 → mean 2.75; Σw·x² = 2 + 9 − 4 + 32 = 39 → var 9.75 − 7.5625
        assertThat(s.mean(0)).isCloseTo(2.75, within(1e-12));
        assertThat(s.standardDeviation(0)).isCloseTo(Math.sqrt(2.1875), within(1e-12));
        // cell 3: Σw·x = 0 + 2 + 4 + 2 = 8 → mean 2; Σw·x² = 0 + 4 − 16 + 2 = −10 → var < 0, taken as 0
        assertThat(s.mean(3)).isCloseTo(2.0, within(1e-12));
        assertThat(s.standardDeviation(3)).isZero();
        // cell 2 is constant: mean 5, spread exactly 0
        assertThat(s.mean(2)).isCloseTo(5.0, within(1e-12));
        assertThat(s.standardDeviation(2)).isZero();
        assertThat(s.min(0)).isEqualTo(1f);
        assertThat(s.max(0)).isEqualTo(4f);
        assertThat(s.min(3)).isEqualTo(-4f);
    }

    @Test
    void weightTwoEqualsTheEventListedTwice() {
        CellStatistics weighted = CellStatistics.collect(
                new InMemoryBatchSource(ROWS, new float[] {2f, 1f, -1f, 0.5f}, 3));
        CellStatistics duplicated = CellStatistics.collect(new InMemoryBatchSource(
                new float[][] {ROWS[0], ROWS[1], ROWS[0], ROWS[2], ROWS[3]},
                new float[] {1f, 1f, 1f, -1f, 0.5f}, 2));

        assertThat(duplicated.weightSum()).isEqualTo(weighted.weightSum());
        for (int c = 0; c < 4; c++) {
            assertThat(duplicated.mean(c)).as("mean %d", c).isCloseTo(weighted.mean(c), within(1e-12));
            assertThat(duplicated.standardDeviation(c)).as("sd %d", c)
                    .isCloseTo(weighted.standardDeviation(c), within(1e-12));
            // min and max ignore weights, and a repeated event cannot move them
            assertThat(duplicated.min(c)).isEqualTo(weighted.min(c));
            assertThat(duplicated.max(c)).isEqualTo(weighted.max(c));
        }
        for (Scaling scaling : Scaling.values()) {
            assertThat(duplicated.preprocessor(scaling)).usingRecursiveComparison()
                    .isEqualTo(weighted.preprocessor(scaling));
        }
    }

    @Test
    void maskDropsCellsThatAreZeroInEveryEvent() {
        assertThat(stats().keptCells()).containsExactly(0, 2, 3);
    }

    @Test
    void minMaxScalerGuardsConstantCells() {
        Preprocessor p = stats().preprocessor(Scaling.MIN_MAX);
        assertThat(p.rawWidth()).isEqualTo(4);
        assertThat(p.keptCells()).containsExactly(0, 2, 3);
        assertThat(p.offset()).containsExactly(1f, 5f, -4f);
        assertThat(p.scale()).containsExactly(3f, 1f, 6f);
    }

    @Test
    void standardScalerUsesUnitScaleWhereVarianceVanishes() {
        Preprocessor p = stats().preprocessor(Scaling.STANDARD);
        assertThat(p.offset()).containsExactly(2.75f, 5f, 2f);
        assertThat(p.scale()).containsExactly((float) Math.sqrt(2.1875), 1f, 1f);
    }

    @Test
    void noScalingKeepsValuesButStillMasks() {
        Preprocessor p = stats().preprocessor(Scaling.NONE);
        assertThat(p.keptCells()).containsExactly(0, 2, 3);
        assertThat(p.offset()).containsExactly(0f, 0f, 0f);
        assertThat(p.scale()).containsExactly(1f, 1f, 1f);
    }

    @Test
    void standardScalingNeedsPositiveTotalWeight() {
        CellStatistics s = CellStatistics.collect(new InMemoryBatchSource(
                new float[][] {{1f}, {2f}}, new float[] {1f, -1f}, 2));
        assertThatThrownBy(() -> s.preprocessor(Scaling.STANDARD)).hasMessageContaining("not positive");
        assertThat(s.preprocessor(Scaling.MIN_MAX).scale()).containsExactly(1f);
    }

    @Test
    void rejectsNonFiniteCells() {
        assertThatThrownBy(() -> CellStatistics.collect(new InMemoryBatchSource(
                new float[][] {{1f, 2f}, {3f, Float.NaN}}, new float[] {1, 1}, 2)))
                .hasMessageContaining("cell 1 of event 1");
    }

    @Test
    void allZeroDataHasNothingToKeep() {
        CellStatistics s = CellStatistics.collect(new InMemoryBatchSource(new float[2][3], new float[] {1, 1}, 2));
        assertThatThrownBy(() -> s.preprocessor(Scaling.NONE)).hasMessageContaining("no cell kept");
    }
}
