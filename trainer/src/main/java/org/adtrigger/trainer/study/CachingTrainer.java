package org.adtrigger.trainer.study;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.api.ArchiveDigest;
import org.adtrigger.trainer.api.LoggedRun;
import org.adtrigger.trainer.api.ModelChoice;
import org.adtrigger.trainer.api.TrainRequest;
import org.adtrigger.trainer.api.TrainingRun;
import org.adtrigger.trainer.cache.CachedFile;

/**
 * Trains a study's models with {@link TrainingRun} (the code path of a user's {@code adtrigger train}, with its
 * defaults for every option the study does not set), its output going to {@code <model>.log} next to the model.
 * A model already trained with the same settings on archives with the same contents is reused, so that studies
 * sharing a model, and repeated runs, do not train it again.
 */
public final class CachingTrainer implements ModelTrainer {
    private final RmmLayout layout;
    private final SelectionPreset selection;
    private final int epochs;
    private final long seed;
    private final int threads;
    private final PrintWriter progress;

    /** The training settings common to every model of the study; one line per model goes to {@code progress}. */
    public CachingTrainer(RmmLayout layout, SelectionPreset selection, int epochs, long seed, int threads,
                          PrintWriter progress) {
        this.layout = layout;
        this.selection = selection;
        this.epochs = epochs;
        this.seed = seed;
        this.threads = threads;
        this.progress = progress;
    }

    @Override
    public Path train(Path onnxFile, List<Path> archives, String architecture) throws IOException {
        ModelChoice model = ModelChoice.withDefaults(architecture, epochs, seed);
        String settings = String.format(Locale.ROOT, "train %s on %s: layout %s, selection %s, %d epoch(s), "
                        + "seed %d, %d thread(s), %s fb^-1", architecture, archives, layout.spec(), selection.id(),
                epochs, seed, threads, TrainRequest.DEFAULT_LUMINOSITY_FB);
        // The archives' digests make the key follow their contents, not just their names.
        StringBuilder key = new StringBuilder(settings).append(" --out ").append(onnxFile).append('\n');
        for (Path archive : archives) {
            key.append(ArchiveDigest.sha256(archive)).append(' ').append(archive).append('\n');
        }
        Files.createDirectories(onnxFile.toAbsolutePath().getParent());
        Path log = Path.of(onnxFile + ".log");
        CachedFile.Made made = new CachedFile(onnxFile, key.toString()).getOrMake(target -> {
            progress.printf("training %s (%s, %d archive(s)) ...", onnxFile.getFileName(), architecture,
                    archives.size());
            progress.flush();
            try {
                LoggedRun.run(log, settings, (out, err) -> TrainingRun.run(TrainRequest.of(archives, layout, selection,
                        model, TrainRequest.DEFAULT_LUMINOSITY_FB, threads, target), out, err));
            } catch (IOException | RuntimeException e) {
                progress.println(" failed");
                throw e;
            }
        });
        if (made.reused()) {
            progress.printf("reusing %s (trained before with the same arguments and data)%n", onnxFile);
        } else {
            progress.printf(Locale.ROOT, " %.1f s%n", made.seconds());
        }
        progress.flush();
        return onnxFile;
    }
}
