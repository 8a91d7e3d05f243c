package org.adtrigger.trainer.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.junit.jupiter.api.Test;

class IsolationForestTest {
    private static final float[][] THREE_POINTS = {{0, 7}, {1, 7}, {10, 7}};

    @Test
    void averagePathLengthByHand() {
        assertThat(AveragePathLength.of(0)).isZero();
        assertThat(AveragePathLength.of(1)).isZero();
        assertThat(AveragePathLength.of(2)).isEqualTo(1.0);
        // 2(ln 2 + γ) − 4/3 = 2(0.693147 + 0.577216) − 1.333333
        assertThat(AveragePathLength.of(3)).isCloseTo(1.2073923575896, within(1e-12));
        // 2(ln 255 + γ) − 510/256 = 2(5.541264 + 0.577216) − 1.992188
        assertThat(AveragePathLength.of(256)).isCloseTo(10.2447709201199, within(1e-12));
    }

    @Test
    void heightLimitIsTheCeilingOfLog2() {
        assertThat(IsolationForestFitter.ceilLog2(2)).isEqualTo(1);
        assertThat(IsolationForestFitter.ceilLog2(3)).isEqualTo(2);
        assertThat(IsolationForestFitter.ceilLog2(256)).isEqualTo(8);
        assertThat(IsolationForestFitter.ceilLog2(257)).isEqualTo(9);
    }

    @Test
    void scoresAHandBuiltTree() {
        // x < 5: {0, 1}, split again at 0.5 → two leaves at depth 2; x ≥ 5: {10}, a leaf at depth 1
        DecisionTree tree = new DecisionTree();
        int root = tree.reserveBranch();
        int left = tree.reserveBranch();
        int a = tree.leaf(2);
        int b = tree.leaf(2);
        tree.setBranch(left, 0, 0.5f, false, a, b);
        int right = tree.leaf(1);
        tree.setBranch(root, 0, 5f, false, left, right);
        IsolationForest forest = new IsolationForest(2, new int[] {0}, List.of(tree), 3, 2, 0);

        // s = 2^(−h/c(3)), c(3) = 1.2073924
        assertThat(forest.score(new float[] {10, 7})).isCloseTo(0.5632193547994557, within(1e-12));
        assertThat(forest.score(new float[] {0, 7})).isCloseTo(0.3172160416207152, within(1e-12));
    }

    @Test
    void isolatesTheOutlierOfThreePointsFirstNineTimesInTen() {
        // One cell varies (the other is constant): the first split p is uniform in [0, 10), so with
        // probability 0.9 it falls in (1, 10) and isolates 10 at depth 1, else it isolates 0 at depth 1;
        // the pair left over splits at depth 2 = the height limit ⌈log₂ 3⌉. So E[h(10)] = 0.9·1 + 0.1·2 = 1.1,
        // E[h(0)] = 1.9 and h(1) = 2.
        IsolationForest forest = new IsolationForestFitter(new int[] {0, 1}, 2, 2000, 256, 42)
                .fit(new InMemoryBatchSource(THREE_POINTS, new float[] {1, 1, 1}, 2));

        assertThat(forest.subsampleSize()).isEqualTo(3);
        assertThat(forest.heightLimit()).isEqualTo(2);
        assertThat(forest.meanPathLength(THREE_POINTS[2])).isCloseTo(1.1, within(0.03));
        assertThat(forest.meanPathLength(THREE_POINTS[0])).isCloseTo(1.9, within(0.03));
        assertThat(forest.meanPathLength(THREE_POINTS[1])).isEqualTo(2.0);
        assertThat(forest.score(THREE_POINTS[2])).isGreaterThan(forest.score(THREE_POINTS[1]));
    }

    @Test
    void theSameSeedGrowsTheSameForest() {
        float[][] rows = new float[500][3];
        SplittableRandom random = new SplittableRandom(3);
        for (float[] row : rows) {
            for (int c = 0; c < 3; c++) {
                row[c] = (float) random.nextGaussian();
            }
        }
        float[] weights = new float[500];
        java.util.Arrays.fill(weights, 1f);
        IsolationForestFitter fitter = new IsolationForestFitter(new int[] {0, 1, 2}, 3, 20, 64, 7);
        IsolationForest first = fitter.fit(new InMemoryBatchSource(rows, weights, 100));
        IsolationForest second = fitter.fit(new InMemoryBatchSource(rows, weights, 100));

        for (float[] row : rows) {
            assertThat(second.score(row)).isEqualTo(first.score(row));
        }
        assertThat(first.score(new float[] {9, 9, 9})).isGreaterThan(first.score(new float[] {0, 0, 0}));
    }

    @Test
    void theReservoirDrawsInProportionToWeightAndNeverNonPositiveWeights() {
        SplittableRandom seeds = new SplittableRandom(11);
        int heavy = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            WeightedReservoir<String> reservoir = new WeightedReservoir<>(1, seeds.split());
            reservoir.offer("light", 1);
            reservoir.offer("negative", -5);
            reservoir.offer("heavy", 3);
            reservoir.offer("zero", 0);
            String drawn = reservoir.sample().get(0);
            assertThat(drawn).isIn("light", "heavy");
            heavy += drawn.equals("heavy") ? 1 : 0;
        }
        // P(heavy) = 3/4; the binomial standard deviation over 4000 trials is 0.007
        assertThat(heavy / (double) trials).isCloseTo(0.75, within(0.03));
    }
}
