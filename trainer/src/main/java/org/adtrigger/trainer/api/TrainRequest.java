package org.adtrigger.trainer.api;

import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.core.stats.ScoreScale;

/**
 * One training run, typed: what {@code adtrigger train} does with its options, and what the studies and the
 * physics benchmark ask for directly.
 *
 * @param archives       SM archives, split 80/20 by event hash; kept as the command line gives them: absolute,
 *                       sorted, each once ({@link #canonical})
 * @param layout         the RMM layout
 * @param selection      the event selection
 * @param batchSize      events per mini-batch
 * @param model          the autoencoder or baseline and its options
 * @param thresholdSpace where the tier median is taken
 * @param luminosityFb   the luminosity the event weights are normalised to, fb⁻¹
 * @param threads        ND4J compute threads
 * @param checkpointDir  where checkpoints go after every epoch; null for none
 * @param resume         continue from the last checkpoint in {@code checkpointDir}
 * @param progressBar    show a progress bar on the error writer
 * @param out            the ONNX file; the card goes next to it
 */
public record TrainRequest(List<Path> archives, RmmLayout layout, SelectionPreset selection, int batchSize,
                           ModelChoice model, ScoreScale thresholdSpace, double luminosityFb, int threads,
                           Path checkpointDir, boolean resume, boolean progressBar, Path out) {
    /** Events per mini-batch of {@code train}'s default. */
    public static final int DEFAULT_BATCH = 256;
    /** The luminosity {@code train} normalises weights to by default, fb⁻¹ (the generator's default too). */
    public static final double DEFAULT_LUMINOSITY_FB = 10;

    public TrainRequest {
        archives = canonical(archives);
        if (resume && checkpointDir == null) {
            throw new IllegalArgumentException("resuming needs a checkpoint directory");
        }
        if (model instanceof ModelChoice.Baseline && (resume || checkpointDir != null)) {
            throw new IllegalArgumentException("checkpoints are for autoencoders; a baseline is fitted in one go");
        }
    }

    /** Files as {@code ArchivePaths.expand} gives them: absolute, normalised, sorted, each once. */
    static List<Path> canonical(List<Path> files) {
        return files.stream().map(p -> p.toAbsolutePath().normalize()).sorted().distinct().toList();
    }

    /** A run with {@code train}'s defaults for batch size and threshold space, no checkpoints and no bar. */
    public static TrainRequest of(List<Path> archives, RmmLayout layout, SelectionPreset selection, ModelChoice model,
                                  double luminosityFb, int threads, Path out) {
        return new TrainRequest(archives, layout, selection, DEFAULT_BATCH, model, ScoreScale.SCORE, luminosityFb,
                threads, null, false, false, out);
    }
}
