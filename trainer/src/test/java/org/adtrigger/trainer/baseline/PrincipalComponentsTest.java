package org.adtrigger.trainer.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;

/**
 * Four points around (3, −1): ±2u and ±1v with u = (1, 1)/√2 and v = (1, −1)/√2, so (equal weights) the
 * variance is (4 + 4)/4 = 2 along u and (1 + 1)/4 = 0.5 along v: ratios 0.8 and 0.2.
 */
class PrincipalComponentsTest {
    private static final double R = Math.sqrt(0.5);
    private static final float[][] POINTS = {
            point(2, 0), point(-2, 0), point(0, 1), point(0, -1)};
    private static final Preprocessor IDENTITY = new Preprocessor(2, new int[] {0, 1}, new float[2],
            new float[] {1, 1}, Scaling.NONE);

    /** (3, −1) + a·u + b·v. */
    private static float[] point(double a, double b) {
        return new float[] {(float) (3 + R * (a + b)), (float) (-1 + R * (a - b))};
    }

    private static PrincipalComponents fit(float[][] rows, float[] weights) {
        return PrincipalComponents.fit(new InMemoryBatchSource(rows, weights, 3), IDENTITY);
    }

    @Test
    void findsTheKnownAxesAndVariances() {
        PrincipalComponents pc = fit(POINTS, new float[] {1, 1, 1, 1});

        assertThat(pc.mean()).containsExactly(new double[] {3, -1}, within(1e-6));
        assertThat(pc.variances()).containsExactly(new double[] {2, 0.5}, within(1e-6));
        assertThat(pc.explainedVarianceRatios()).containsExactly(new double[] {0.8, 0.2}, within(1e-7));
        double[] first = pc.axis(0);
        assertThat(Math.abs(first[0] * R + first[1] * R)).isCloseTo(1, within(1e-7));
        double[] second = pc.axis(1);
        assertThat(Math.abs(second[0] * R - second[1] * R)).isCloseTo(1, within(1e-7));
    }

    @Test
    void choosesKFromTheExplainedVariance() {
        PrincipalComponents pc = fit(POINTS, new float[] {1, 1, 1, 1});

        assertThat(pc.componentsFor(0.5)).isEqualTo(1);
        assertThat(pc.componentsFor(0.79)).isEqualTo(1);
        assertThat(pc.componentsFor(0.81)).isEqualTo(2);
        assertThat(pc.componentsFor(1.0)).isEqualTo(2);
    }

    @Test
    void weightsCountAsMultiplicities() {
        // weights 2, 2, 1, 1: variance (2·4 + 2·4)/6 = 8/3 along u and (1 + 1)/6 = 1/3 along v
        PrincipalComponents pc = fit(POINTS, new float[] {2, 2, 1, 1});

        assertThat(pc.variances()).containsExactly(new double[] {8.0 / 3, 1.0 / 3}, within(1e-6));
    }

    @Test
    void aNegativeWeightCancelsAPositiveOne() {
        float[][] rows = {POINTS[0], POINTS[1], POINTS[2], POINTS[3], point(5, 5), point(5, 5)};
        PrincipalComponents pc = fit(rows, new float[] {1, 1, 1, 1, 1, -1});

        assertThat(pc.variances()).containsExactly(new double[] {2, 0.5}, within(1e-6));
    }

    @Test
    void scoresTheResidualOffTheKeptAxes() {
        PcaModel model = fit(POINTS, new float[] {1, 1, 1, 1}).model(1);

        assertThat(model.score(point(3, 0))).isCloseTo(0, within(1e-10));
        // residual 2v: squared length 4, mean over the 2 cells
        assertThat(model.score(point(1, 2))).isCloseTo(2, within(1e-6));
        assertThat(model.description()).startsWith("pca (k = 1 of 2 axes, 80.00 %");
    }
}
