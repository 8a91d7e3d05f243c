package org.adtrigger.trainer.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.adtrigger.trainer.LowRankData;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.arch.DenseLayer;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.LayerWeights;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;

/**
 * The trainer's documented handling of batches whose Σw is not positive: all-zero weights are skipped, and a
 * negative Σw is replaced by Σ|w| as the norm, keeping the direction of Σ w·∇ℓ.
 */
class NonPositiveWeightSumTest {
    private static final LowRankData DATA = new LowRankData(12, 2, 2, 0.02, 3);
    private static final double LEARNING_RATE = 1e-2;

    @Test
    void zeroBatchIsSkippedAndNegativeSumIsNormalisedByAbsoluteWeights() {
        float[][] rows = DATA.rows(24, 1);
        Batch allZero = batch(rows, 0, new float[] {0f, 0f, 0f, 0f, 0f, 0f, 0f, 0f});
        Batch negativeSum = batch(rows, 8, new float[] {1f, -2f, 0.5f, -1f, 1f, -0.5f, 0f, -1f});
        Batch positive = batch(rows, 16, LowRankData.unitWeights(8));
        BatchSource training = () -> Stream.of(allZero, negativeSum, positive);
        BatchSource validation = DATA.source(64, 2, 32);
        assertThat(negativeSum.weightSum()).isNegative();

        AnomalyModel trained = model(validation);
        new Trainer(new TrainingOptions(1, LEARNING_RATE, 1, 0, 4), TrainingListener.none())
                .train(trained, training, validation);
        AnomalyModel byHand = model(validation);
        byHand.fit(negativeSum, negativeSum.absoluteWeightSum(), LEARNING_RATE, new Random(4));
        byHand.fit(positive, positive.weightSum(), LEARNING_RATE, new Random(4));

        for (DenseLayer layer : trained.layout().allLayers()) {
            LayerWeights a = trained.weights(layer);
            LayerWeights b = byHand.weights(layer);
            assertThat(a.bias()).containsExactly(b.bias());
            for (int i = 0; i < a.kernel().length; i++) {
                assertThat(a.kernel()[i]).containsExactly(b.kernel()[i]);
            }
        }
        assertThat(trained.weights(trained.layout().encoder().get(0)).kernel()[0])
                .isNotEqualTo(model(validation).weights(trained.layout().encoder().get(0)).kernel()[0]);
    }

    private static Batch batch(float[][] rows, int from, float[] weights) {
        return new Batch(List.of(rows).subList(from, from + weights.length).toArray(float[][]::new), weights);
    }

    private static AnomalyModel model(BatchSource statistics) {
        return AnomalyModel.create(Architectures.parse("4:tanh"),
                CellStatistics.collect(statistics).preprocessor(Scaling.STANDARD),
                Objective.of(ReconstructionError.MSE), 8);
    }
}
