package org.adtrigger.trainer.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.ModelCheckpoint;
import org.adtrigger.trainer.train.EpochReport;
import org.adtrigger.trainer.train.TrainingListener;

/**
 * Saves the model after every epoch to {@value #LAST} (what {@code --resume} continues from) and, when the
 * epoch set a new best validation loss, also to {@value #BEST}. Each save replaces its file atomically.
 */
public final class CheckpointWriter implements TrainingListener {
    public static final String LAST = "last.ckpt";
    static final String BEST = "best.ckpt";

    private final AnomalyModel model;
    private final Path directory;

    CheckpointWriter(AnomalyModel model, Path directory) {
        this.model = model;
        this.directory = directory;
    }

    @Override
    public void onEpoch(EpochReport report) {
        try {
            ModelCheckpoint.save(model, directory.resolve(LAST));
            if (report.improved()) {
                ModelCheckpoint.save(model, directory.resolve(BEST));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a checkpoint to " + directory + ": " + e.getMessage(), e);
        }
    }
}
