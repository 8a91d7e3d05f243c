package org.adtrigger.trainer.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.core.stats.ScoreScale;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.testsupport.TestArchives;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.train.Trainer;
import org.adtrigger.trainer.train.TrainingListener;
import org.adtrigger.trainer.train.TrainingOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Swapping the signal archive mixed into the validation data must not move a single threshold. */
class SignalIndependentThresholdsTest {
    private static final SplitAssignment SPLIT = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);

    @TempDir
    static Path dir;
    static Path background;
    static Path signalA;
    static Path signalB;
    static AnomalyModel model;

    @BeforeAll
    static void trainOnce() throws IOException {
        background = TestArchives.write(dir.resolve("sm.avro"), "sm", 2500, 5);
        signalA = TestArchives.write(dir.resolve("zprime.avro"), "zprime:2000", 400, 6);
        signalB = TestArchives.write(dir.resolve("c1n2.avro"), "c1n2:450:300", 700, 7);
        RmmBatchSource training = source(List.of(background, signalA), Split.TRAINING);
        model = AnomalyModel.create(Architectures.parse("16:tanh"),
                CellStatistics.collect(training).preprocessor(Scaling.MIN_MAX),
                Objective.of(ReconstructionError.MSE), 3);
        new Trainer(new TrainingOptions(1, 1e-3, 1, 0, 1), TrainingListener.none())
                .train(model, training, source(List.of(background), Split.VALIDATION));
    }

    private static RmmBatchSource source(List<Path> archives, Split split) {
        return new RmmBatchSource(archives, RmmLayout.T4N6655, RmmOptions.DEFAULTS, SelectionPreset.byId("none"),
                SPLIT, split, 128);
    }

    private static ValidationScores scores(Path... archives) {
        return ValidationScores.collect(model, source(List.of(archives), Split.VALIDATION).labelledBatches());
    }

    private static ModelCard.Thresholds thresholds(ValidationScores scores) {
        return ThresholdCalculator.compute(scores.backgroundScores(), scores.backgroundWeights(),
                ScoreScale.LOG_SCORE, 10_000).thresholds();
    }

    @Test
    void tierCutsPassFractionsAndWorkingPointsIgnoreTheSignalSample() {
        ValidationScores withA = scores(background, signalA);
        ValidationScores withB = scores(signalB, background);

        assertThat(withA.signalEvents()).isPositive();
        assertThat(withB.signalEvents()).isPositive().isNotEqualTo(withA.signalEvents());
        assertThat(withB.backgroundEvents()).isEqualTo(withA.backgroundEvents())
                .isEqualTo(scores(background).backgroundEvents());
        ModelCard.Thresholds a = thresholds(withA);
        ModelCard.Thresholds b = thresholds(withB);
        assertThat(b).usingRecursiveComparison().ignoringFields("backgroundQuantiles").isEqualTo(a);
        // The quantile table's 50-odd cuts see what the few working points above happen not to: a background
        // event's float score differs in the last digits with the events batched beside it (here ~1e-7
        // relative), so the table matches to that precision, and its statistics exactly.
        ModelCard.BackgroundQuantiles ta = a.backgroundQuantiles();
        ModelCard.BackgroundQuantiles tb = b.backgroundQuantiles();
        assertThat(tb.events()).isEqualTo(ta.events());
        assertThat(tb.rows()).hasSameSizeAs(ta.rows());
        for (int i = 0; i < ta.rows().size(); i++) {
            assertThat(tb.rows().get(i).eventsAbove()).isEqualTo(ta.rows().get(i).eventsAbove());
            assertThat(tb.rows().get(i).efficiency()).isEqualTo(ta.rows().get(i).efficiency());
            assertThat(tb.rows().get(i).cut()).isCloseTo(ta.rows().get(i).cut(), within(1e-6 * Math.abs(ta.rows().get(i).cut())));
        }
        assertThat(a.efficiencyPoints()).isNotEmpty();
        assertThat(a.tierPassFractions()[1]).isBetween(0.0, 1.0);
    }
}
