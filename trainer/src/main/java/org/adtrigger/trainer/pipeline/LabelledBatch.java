package org.adtrigger.trainer.pipeline;

import org.adtrigger.schema.TruthLabel;
import org.adtrigger.trainer.data.Batch;

/** A batch with the truth label of each event, which the thresholds need to leave signal out. */
public record LabelledBatch(Batch batch, TruthLabel[] labels) {
    public LabelledBatch {
        if (labels.length != batch.size()) {
            throw new IllegalArgumentException(batch.size() + " events but " + labels.length + " labels");
        }
    }
}
