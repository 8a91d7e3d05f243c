package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.baseline.PrincipalComponents;
import org.adtrigger.trainer.evaluate.Discriminant;
import org.adtrigger.trainer.evaluate.RocSummary;
import org.adtrigger.trainer.evaluate.ScoredEvents;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * How large the autoencoder's latent space should be. From the background alone: the PCA spectrum of the
 * scaled kept cells (the scree) and, per latent size, the validation loss of an autoencoder input-d-input;
 * the chosen size is the smallest whose loss is within a tolerance of the best. The signals' AUCs at every
 * size are shown for information only: they must not choose the size, or the search would no longer be
 * model-independent.
 */
public final class LatentStudy {
    /** Variance fractions whose number of principal components is reported. */
    public static final double[] VARIANCE_FRACTIONS = {0.9, 0.99, 0.999};
    private static final int PCA_BATCH = 1024;

    private LatentStudy() {
    }

    /** A signal sample's AUC against the background's validation split. */
    public record SignalAuc(String sample, double auc) {
    }

    /**
     * One latent size.
     *
     * @param latent         the bottleneck width d
     * @param validationLoss best weighted validation loss of the background (from the model card)
     * @param signals        AUC per signal sample
     */
    public record Row(int latent, double validationLoss, List<SignalAuc> signals) {
    }

    /**
     * @param explainedVarianceRatios the scree: each principal axis's share of the variance, decreasing
     * @param componentsFor           axes needed for each of {@link #VARIANCE_FRACTIONS}
     * @param rows                    one per latent size, in the order given
     * @param tolerance               relative validation-loss margin of the choice
     * @param chosen                  the smallest size within the tolerance of the best validation loss
     */
    public record Result(double[] explainedVarianceRatios, int[] componentsFor, List<Row> rows, double tolerance,
                         int chosen) {
    }

    /**
     * @param architecture turns a latent size into a {@code train --model} string
     */
    public static Result run(List<Path> background, List<Path> signals, List<Integer> latentSizes, double tolerance,
                             RmmLayout layout, SelectionPreset selection, Scaling scaling, Path work,
                             ModelTrainer trainer, IntFunction<String> architecture)
            throws IOException {
        if (latentSizes.isEmpty()) {
            throw new IllegalArgumentException("no latent size to study");
        }
        RmmBatchSource training = new RmmBatchSource(background, layout, RmmOptions.DEFAULTS, selection,
                new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION), Split.TRAINING, PCA_BATCH);
        PrincipalComponents pca = PrincipalComponents.fit(training,
                CellStatistics.collect(training).preprocessor(scaling));
        int[] components = new int[VARIANCE_FRACTIONS.length];
        for (int i = 0; i < components.length; i++) {
            components[i] = pca.componentsFor(VARIANCE_FRACTIONS[i]);
        }

        List<Row> rows = new ArrayList<>();
        for (int latent : latentSizes) {
            Path onnx = trainer.train(work.resolve("latent-" + latent + ".onnx"), background,
                    architecture.apply(latent));
            try (StudyModel model = StudyModel.load(onnx)) {
                ScoredEvents bkg = model.scoreValidation(background);
                ScoredEvents sig = model.scoreAll(signals, 1.0);
                List<SignalAuc> aucs = new ArrayList<>();
                for (String sample : sig.sampleNames()) {
                    aucs.add(new SignalAuc(sample, RocSummary.of(sig.ofSample(sample).sample(Discriminant.AE_SCORE),
                            bkg.sample(Discriminant.AE_SCORE)).auc()));
                }
                rows.add(new Row(latent, model.card().provenance().validationLoss(), aucs));
            }
        }
        return new Result(pca.explainedVarianceRatios(), components, rows, tolerance, choose(rows, tolerance));
    }

    /** The smallest latent size whose validation loss is at most (1 + tolerance) × the best. */
    static int choose(List<Row> rows, double tolerance) {
        double best = rows.stream().mapToDouble(Row::validationLoss).min().orElseThrow();
        return rows.stream().filter(r -> r.validationLoss() <= (1 + tolerance) * best).mapToInt(Row::latent).min()
                .orElseThrow();
    }
}
