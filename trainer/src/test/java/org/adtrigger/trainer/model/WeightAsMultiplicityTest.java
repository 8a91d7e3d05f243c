package org.adtrigger.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Random;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** An event of weight 2 must teach the model exactly what the same event listed twice at weight 1 does. */
class WeightAsMultiplicityTest {
    private static final Preprocessor PRE = new Preprocessor(4, new int[] {0, 1, 3},
            new float[] {0.5f, -1f, 2f}, new float[] {2f, 0.5f, 4f}, Scaling.STANDARD);
    private static final float[] A = {1.0f, 0.0f, 0f, 3.0f};
    private static final float[] B = {0.2f, -2.0f, 0f, 1.0f};
    private static final float[] C = {4.0f, 1.5f, 0f, -0.5f};
    private static final Batch WEIGHT_TWO = new Batch(new float[][] {A, B, C}, new float[] {1f, 2f, 0.5f});
    private static final Batch DUPLICATED = new Batch(new float[][] {A, B, C, B}, new float[] {1f, 1f, 0.5f, 1f});

    private static AnomalyModel model() {
        return AnomalyModel.create(Architectures.parse("3,2,3:tanh"), PRE, Objective.of(ReconstructionError.MSE), 13);
    }

    @Test
    void lossAndGradientsEqualThoseOfTheDuplicatedEvent() {
        AnomalyModel model = model();
        assertThat(WEIGHT_TWO.weightSum()).isEqualTo(DUPLICATED.weightSum());
        double norm = WEIGHT_TWO.weightSum();

        assertThat(LossProbe.loss(model, WEIGHT_TWO, norm))
                .isCloseTo(LossProbe.loss(model, DUPLICATED, norm), within(1e-6));
        Map<String, INDArray> weighted = LossProbe.gradients(model, WEIGHT_TWO, norm);
        Map<String, INDArray> duplicated = LossProbe.gradients(model, DUPLICATED, norm);
        assertThat(weighted).hasSize(8).containsOnlyKeys(duplicated.keySet());
        for (String name : weighted.keySet()) {
            assertThat(weighted.get(name).equalsWithEps(duplicated.get(name), 1e-6)).as(name).isTrue();
        }
    }

    @Test
    void adamStepsLandOnTheSameParameters() {
        AnomalyModel weighted = model();
        AnomalyModel duplicated = model();
        for (int step = 0; step < 3; step++) {
            double before = weighted.fit(WEIGHT_TWO, WEIGHT_TWO.weightSum(), 1e-2, new Random(0));
            assertThat(duplicated.fit(DUPLICATED, DUPLICATED.weightSum(), 1e-2, new Random(0)))
                    .isCloseTo(before, within(1e-6));
        }
        Map<String, INDArray> a = weighted.parameters();
        Map<String, INDArray> b = duplicated.parameters();
        for (String name : a.keySet()) {
            assertThat(a.get(name).equalsWithEps(b.get(name), 1e-5)).as(name).isTrue();
        }
        assertThat(a.get("enc0_W").equalsWithEps(model().parameters().get("enc0_W"), 1e-3)).isFalse();
    }
}
