package org.adtrigger.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.adtrigger.trainer.LowRankData;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.train.EpochReport;
import org.adtrigger.trainer.train.Trainer;
import org.adtrigger.trainer.train.TrainingListener;
import org.adtrigger.trainer.train.TrainingOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCheckpointTest {
    private static final LowRankData DATA = new LowRankData(20, 3, 2, 0.05, 4);
    private static final BatchSource TRAIN = DATA.source(600, 1, 100);
    private static final TrainingOptions ONE_EPOCH = new TrainingOptions(1, 1e-2, 1, 0, 3);

    @TempDir
    Path dir;

    @Test
    void resumedModelScoresAndTrainsOnLikeTheOriginal() throws IOException {
        AnomalyModel original = AnomalyModel.create(Architectures.parse("8,3,8:elu:linear"),
                CellStatistics.collect(TRAIN).preprocessor(Scaling.MIN_MAX),
                new Objective(ReconstructionError.MAE, 1, 0), 2);
        train(original);
        Path file = dir.resolve("model.ckpt");
        ModelCheckpoint.save(original, file);
        AnomalyModel resumed = ModelCheckpoint.load(file);

        assertThat(resumed.architecture()).isEqualTo(original.architecture());
        assertThat(resumed.objective()).isEqualTo(original.objective());
        assertThat(resumed.preprocessor().keptCells()).isEqualTo(original.preprocessor().keptCells());
        float[][] rows = DATA.rows(50, 9);
        assertThat(resumed.score(rows).scores()).isEqualTo(original.score(rows).scores());

        assertThat(train(resumed)).isEqualTo(train(original));
        assertThat(resumed.score(rows).scores()).isEqualTo(original.score(rows).scores());
    }

    @Test
    void rejectsForeignAndTruncatedFiles() throws IOException {
        Path foreign = Files.write(dir.resolve("foreign"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThatThrownBy(() -> ModelCheckpoint.load(foreign)).hasMessageContaining("not an ADTrigger");

        AnomalyModel model = AnomalyModel.create(Architectures.parse("4"),
                CellStatistics.collect(TRAIN).preprocessor(Scaling.NONE), Objective.of(ReconstructionError.MSE), 1);
        Path full = dir.resolve("full");
        ModelCheckpoint.save(model, full);
        byte[] bytes = Files.readAllBytes(full);
        Path truncated = Files.write(dir.resolve("truncated"), Arrays.copyOf(bytes, bytes.length - 10));
        assertThatThrownBy(() -> ModelCheckpoint.load(truncated)).isInstanceOf(IOException.class);
    }

    private static double train(AnomalyModel model) {
        EpochReport report = new Trainer(ONE_EPOCH, TrainingListener.none()).train(model, TRAIN, TRAIN).epochs().get(0);
        return report.trainingLoss();
    }
}
