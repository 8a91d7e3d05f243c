package org.adtrigger.trainer.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.trainer.LowRankData;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.data.InMemoryBatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;

class TrainerTest {
    private static final LowRankData DATA = new LowRankData(32, 3, 4, 0.02, 11);
    private static final BatchSource TRAIN = DATA.source(4000, 1, 100);
    private static final BatchSource VALIDATION = DATA.source(1000, 2, 250);

    private static AnomalyModel model(String architecture, Objective objective) {
        return AnomalyModel.create(Architectures.parse(architecture),
                CellStatistics.collect(TRAIN).preprocessor(Scaling.STANDARD), objective, 5);
    }

    @Test
    void learnsLowRankDataAndStopsEarly() {
        AnomalyModel model = model("16,4,16:tanh", Objective.of(ReconstructionError.MSE));
        double untrained = Trainer.validationLoss(model, VALIDATION);
        List<EpochReport> seen = new ArrayList<>();
        long[] batchEvents = new long[1];

        TrainingResult result = new Trainer(new TrainingOptions(200, 1e-2, 2, 0.1, 1),
                new TrainingListener() {
                    @Override
                    public void onBatch(int epoch, long eventsSoFar) {
                        batchEvents[0] = eventsSoFar;
                    }

                    @Override
                    public void onEpoch(EpochReport report) {
                        seen.add(report);
                    }
                }).train(model, TRAIN, VALIDATION);

        assertThat(result.stoppedEarly()).isTrue();
        assertThat(result.epochs()).hasSizeLessThan(200).isEqualTo(seen);
        assertThat(result.bestValidationLoss()).isLessThan(0.03 * untrained);
        assertThat(Trainer.validationLoss(model, VALIDATION)).isEqualTo(result.bestValidationLoss());
        assertThat(result.epochs().get(result.bestEpoch() - 1).improved()).isTrue();
        assertThat(batchEvents[0]).isEqualTo(4000);
        assertThat(seen.get(0).trainingEvents()).isEqualTo(4000);
        assertThat(seen.get(0).eventsPerSecond()).isPositive();
    }

    @Test
    void vaeTrainingIsRepeatableForAFixedSeed() {
        Objective objective = new Objective(ReconstructionError.MSE, 0.05, 0);
        TrainingOptions options = new TrainingOptions(2, 1e-2, 5, 0, 9);
        AnomalyModel first = model("vae:16,4,16:elu", objective);
        double untrained = Trainer.validationLoss(first, VALIDATION);
        TrainingResult a = new Trainer(options, TrainingListener.none()).train(first, TRAIN, VALIDATION);
        TrainingResult b = new Trainer(options, TrainingListener.none())
                .train(model("vae:16,4,16:elu", objective), TRAIN, VALIDATION);

        assertThat(a.epochs()).extracting(EpochReport::validationLoss)
                .isEqualTo(b.epochs().stream().map(EpochReport::validationLoss).toList());
        assertThat(a.epochs()).extracting(EpochReport::trainingLoss)
                .isEqualTo(b.epochs().stream().map(EpochReport::trainingLoss).toList());
        assertThat(a.bestValidationLoss()).isLessThan(0.5 * untrained);
    }

    @Test
    void batchWithNonPositiveWeightSumStillStepsDownhill() {
        float[][] rows = DATA.rows(400, 3);
        float[] weights = LowRankData.unitWeights(400);
        for (int i = 0; i < 100; i++) {
            weights[i] = i % 2 == 0 ? -1.5f : 1f;  // first batch: Σw = −25
        }
        BatchSource mixed = new InMemoryBatchSource(rows, weights, 100);
        AnomalyModel model = model("8:tanh", Objective.of(ReconstructionError.MAE));
        double untrained = Trainer.validationLoss(model, VALIDATION);

        TrainingResult result = new Trainer(new TrainingOptions(5, 3e-3, 5, 0, 1), TrainingListener.none())
                .train(model, mixed, VALIDATION);

        assertThat(result.epochs()).allSatisfy(e -> assertThat(e.trainingLoss()).isFinite());
        assertThat(result.bestValidationLoss()).isLessThan(untrained);
    }
}
