package org.adtrigger.trainer.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.trainer.LowRankData;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.pipeline.LabelledBatch;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.train.Trainer;
import org.junit.jupiter.api.Test;

/** SIGNAL events must not move the objective the search ranks by. */
class BackgroundOnlyTest {
    private static final int WIDTH = 12;

    @Test
    void signalEventsDoNotChangeTheValidationLoss() {
        float[][] background = new LowRankData(WIDTH, 2, 2, 0.01, 1).rows(40, 2);
        float[][] signal = new float[7][WIDTH];
        for (float[] row : signal) {
            Arrays.fill(row, 50f);  // far outside the background: a large loss if it counted
        }
        AnomalyModel model = AnomalyModel.create(Architectures.parse("4:tanh"),
                CellStatistics.collect(new InMemoryBatchSource(background, LowRankData.unitWeights(40), 16))
                        .preprocessor(Scaling.MIN_MAX), Objective.of(ReconstructionError.MSE), 3);

        double pure = Trainer.validationLoss(model, new BackgroundOnly(() -> batches(background, new float[0][])));
        BackgroundOnly mixed = new BackgroundOnly(() -> batches(background, signal));
        double withSignal = Trainer.validationLoss(model, mixed);
        double counted = Trainer.validationLoss(model, new InMemoryBatchSource(concat(background, signal),
                LowRankData.unitWeights(47), 16));

        assertThat(withSignal).isEqualTo(pure);
        assertThat(counted).as("the signal rows would have changed the loss").isGreaterThan(pure * 10);
        assertThat(mixed.signalEventsDropped()).isEqualTo(7);
        Trainer.validationLoss(model, mixed);
        assertThat(mixed.signalEventsDropped()).as("counted once, not per pass").isEqualTo(7);
    }

    /** Batches of 8 with the signal rows spread among them, one batch made of signal only. */
    private static Stream<LabelledBatch> batches(float[][] background, float[][] signal) {
        List<LabelledBatch> out = new ArrayList<>();
        int s = 0;
        for (int from = 0; from < background.length; from += 8) {
            List<float[]> rows = new ArrayList<>();
            List<TruthLabel> labels = new ArrayList<>();
            for (int i = from; i < Math.min(from + 8, background.length); i++) {
                rows.add(background[i]);
                labels.add(i % 2 == 0 ? TruthLabel.BACKGROUND : TruthLabel.UNKNOWN);
                if (s < signal.length - 2 && i % 3 == 0) {
                    rows.add(signal[s++]);
                    labels.add(TruthLabel.SIGNAL);
                }
            }
            out.add(labelled(rows, labels));
        }
        if (s < signal.length) {
            List<float[]> rest = List.of(Arrays.copyOfRange(signal, s, signal.length));
            out.add(labelled(rest, rest.stream().map(r -> TruthLabel.SIGNAL).toList()));
        }
        return out.stream();
    }

    private static LabelledBatch labelled(List<float[]> rows, List<TruthLabel> labels) {
        float[][] r = rows.toArray(new float[0][]);
        return new LabelledBatch(new Batch(r, LowRankData.unitWeights(r.length)), labels.toArray(new TruthLabel[0]));
    }

    private static float[][] concat(float[][] a, float[][] b) {
        float[][] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
