package org.adtrigger.trainer.pipeline;

import org.adtrigger.schema.TruthLabel;
import org.adtrigger.trainer.data.Batch;

/**
 * A batch with the truth label of each event, which the thresholds need to leave signal out, and its leading
 * masses ({@code core.kinematics.LeadingMass} order, NaN where one does not apply), from which the model
 * card's expected spectra are filled.
 *
 * @param masses per event, its masses; null where the source does not provide them
 */
public record LabelledBatch(Batch batch, TruthLabel[] labels, double[][] masses) {
    public LabelledBatch {
        if (labels.length != batch.size()) {
            throw new IllegalArgumentException(batch.size() + " events but " + labels.length + " labels");
        }
        if (masses != null && masses.length != batch.size()) {
            throw new IllegalArgumentException(batch.size() + " events but " + masses.length + " mass rows");
        }
    }

    /** A batch without masses. */
    public LabelledBatch(Batch batch, TruthLabel[] labels) {
        this(batch, labels, null);
    }
}
