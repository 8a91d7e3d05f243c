package org.adtrigger.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;

/** A negative-weight event is subtracted from the fit: training pushes the model away from it. */
class NegativeWeightTest {
    private static final Preprocessor PRE = new Preprocessor(4, new int[] {0, 1, 2, 3},
            new float[4], new float[] {1f, 1f, 1f, 1f}, Scaling.NONE);
    private static final float[][] ROWS = {
        {1.0f, 0.5f, -0.2f, 0.3f},
        {0.8f, 0.4f, -0.1f, 0.2f},
        {-1.5f, 2.0f, 1.0f, -0.7f},
    };

    @Test
    void negativeWeightRaisesThatEventsLossRelativeToWeightZero() {
        AnomalyModel negative = model();
        AnomalyModel zero = model();
        float[] withNegative = {1f, 1f, -0.5f};
        float[] withZero = {1f, 1f, 0f};
        for (int step = 0; step < 20; step++) {
            negative.fit(new Batch(ROWS, withNegative), 1.5, 1e-2, new Random(0));
            zero.fit(new Batch(ROWS, withZero), 1.5, 1e-2, new Random(0));
        }
        float[] lossesNegative = negative.eventLosses(ROWS);
        float[] lossesZero = zero.eventLosses(ROWS);
        float untrained = model().eventLosses(ROWS)[2];

        assertThat(lossesNegative[2]).isGreaterThan(lossesZero[2]).isGreaterThan(untrained);
        assertThat(lossesNegative[0]).isLessThan(model().eventLosses(ROWS)[0]);
    }

    private static AnomalyModel model() {
        return AnomalyModel.create(Architectures.parse("3:tanh"), PRE, Objective.of(ReconstructionError.MSE), 21);
    }
}
