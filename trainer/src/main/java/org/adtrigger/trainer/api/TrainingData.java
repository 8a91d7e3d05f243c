package org.adtrigger.trainer.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.trainer.pipeline.MetPhiPresence;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;

/** Both splits of the training archives and what they were built with. */
public record TrainingData(RmmLayout layout, RmmOptions rmmOptions, SelectionPreset selection,
                           RmmBatchSource training, RmmBatchSource validation) {
    /**
     * Sets up both splits (only the first event of each archive is read, to see whether the archives record
     * the E_T^miss azimuth).
     */
    public static TrainingData open(List<Path> archives, RmmLayout layout, RmmOptions rmmOptions,
                                    SelectionPreset selection, int batchSize) throws IOException {
        boolean metPhi = MetPhiPresence.of(archives);
        RmmOptions options = rmmOptions.withMetPhi(rmmOptions.metPhi() && metPhi);
        SplitAssignment assignment = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);
        return new TrainingData(layout, options, selection,
                new RmmBatchSource(archives, layout, options, selection, assignment, Split.TRAINING, batchSize),
                new RmmBatchSource(archives, layout, options, selection, assignment, Split.VALIDATION, batchSize));
    }
}
