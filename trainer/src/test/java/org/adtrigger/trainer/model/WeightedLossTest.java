package org.adtrigger.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.arch.DenseLayer;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class WeightedLossTest {
    /** Raw width 4; cell 2 dropped; kept cells shifted and scaled by hand-picked constants. */
    private static final Preprocessor PRE = new Preprocessor(4, new int[] {0, 1, 3},
            new float[] {0.5f, -1f, 2f}, new float[] {2f, 0.5f, 4f}, Scaling.STANDARD);
    private static final float[][] ROWS = {
        {1.0f, 0.0f, 0f, 3.0f},
        {0.2f, -2.0f, 0f, 1.0f},
        {4.0f, 1.5f, 0f, -0.5f},
    };

    @Test
    void batchLossIsWeightedMeanOfHandComputedEventLosses() {
        AnomalyModel model = AnomalyModel.create(Architectures.parse("2:tanh"), PRE,
                Objective.of(ReconstructionError.MSE), 7);
        float[] weights = {1.5f, -0.5f, 2.0f};
        double[] byHand = handMse(model);

        double expected = 0;
        double weightSum = 0;
        for (int i = 0; i < weights.length; i++) {
            expected += weights[i] * byHand[i];
            weightSum += weights[i];
        }
        expected /= weightSum;

        assertThat(LossProbe.loss(model, new Batch(ROWS, weights), weightSum))
                .isCloseTo(expected, within(1e-6 * expected));
        float[] scores = model.score(ROWS).scores();
        for (int i = 0; i < ROWS.length; i++) {
            assertThat((double) scores[i]).isCloseTo(byHand[i], within(1e-6 * byHand[i]));
        }
    }

    @Test
    void maeScoreIsMeanAbsoluteError() {
        AnomalyModel mse = AnomalyModel.create(Architectures.parse("2:tanh"), PRE,
                Objective.of(ReconstructionError.MSE), 7);
        AnomalyModel mae = AnomalyModel.create(Architectures.parse("2:tanh"), PRE,
                Objective.of(ReconstructionError.MAE), 7);
        float[][] scaled = scaled();
        float[][] reconstruction = mse.score(ROWS).reconstruction();
        float[] scores = mae.score(ROWS).scores();
        for (int i = 0; i < ROWS.length; i++) {
            double sum = 0;
            for (int c = 0; c < 3; c++) {
                sum += Math.abs(reconstruction[i][c] - scaled[i][c]);
            }
            assertThat((double) scores[i]).isCloseTo(sum / 3, within(1e-6));
        }
    }

    @Test
    void eventWithZeroWeightDoesNotChangeGradients() {
        AnomalyModel model = AnomalyModel.create(Architectures.parse("2:relu"), PRE,
                Objective.of(ReconstructionError.MSE), 3);
        float[][] other = {ROWS[0], ROWS[1], {9f, 9f, 0f, -9f}};
        float[] zeroLast = {1f, 2f, 0f};

        Map<String, INDArray> reference = LossProbe.gradients(model, new Batch(ROWS, zeroLast), 3);
        Map<String, INDArray> changedRow = LossProbe.gradients(model, new Batch(other, zeroLast), 3);
        Map<String, INDArray> withoutEvent = LossProbe.gradients(model,
                new Batch(new float[][] {ROWS[0], ROWS[1]}, new float[] {1f, 2f}), 3);
        Map<String, INDArray> weighted = LossProbe.gradients(model,
                new Batch(ROWS, new float[] {1f, 2f, 0.5f}), 3);

        for (String name : reference.keySet()) {
            assertThat(changedRow.get(name).equalsWithEps(reference.get(name), 1e-7)).as(name).isTrue();
            assertThat(withoutEvent.get(name).equalsWithEps(reference.get(name), 1e-6)).as(name).isTrue();
        }
        assertThat(weighted.get("dec0_W").equalsWithEps(reference.get("dec0_W"), 1e-4)).isFalse();
    }

    @Test
    void rowsOfTheWrongWidthAreRejectedClearly() {
        AnomalyModel model = AnomalyModel.create(Architectures.parse("2"), PRE, Objective.of(ReconstructionError.MSE), 1);
        assertThatThrownBy(() -> model.score(new float[][] {{1f, 2f, 3f}}))
                .hasMessage("the model takes rows of 4 raw cells, got 3 cells");
    }

    private static float[][] scaled() {
        int[] kept = PRE.keptCells();
        float[][] out = new float[ROWS.length][kept.length];
        for (int i = 0; i < ROWS.length; i++) {
            for (int k = 0; k < kept.length; k++) {
                out[i][k] = (ROWS[i][kept[k]] - PRE.offset()[k]) / PRE.scale()[k];
            }
        }
        return out;
    }

    /** Forward pass in double precision from the model's own weights. */
    private static double[] handMse(AnomalyModel model) {
        DenseLayer enc = model.layout().encoder().get(0);
        DenseLayer dec = model.layout().decoder().get(0);
        float[][] x = scaled();
        double[] losses = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double[] hidden = affine(x[i], model.weights(enc));
            for (int j = 0; j < hidden.length; j++) {
                hidden[j] = Math.tanh(hidden[j]);
            }
            double[] out = affine(toFloat(hidden), model.weights(dec));
            for (int c = 0; c < out.length; c++) {
                losses[i] += (out[c] - x[i][c]) * (out[c] - x[i][c]) / out.length;
            }
        }
        return losses;
    }

    private static double[] affine(float[] in, LayerWeights w) {
        double[] out = new double[w.bias().length];
        for (int o = 0; o < out.length; o++) {
            out[o] = w.bias()[o];
            for (int i = 0; i < in.length; i++) {
                out[o] += (double) in[i] * w.kernel()[i][o];
            }
        }
        return out;
    }

    private static float[] toFloat(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return f;
    }
}
