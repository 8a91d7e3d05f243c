package org.adtrigger.trainer.train;

import java.util.List;

/**
 * Outcome of a training run; the model has been set back to the parameters of {@code bestEpoch}.
 *
 * @param stoppedEarly whether patience ran out before the maximum number of epochs
 */
public record TrainingResult(List<EpochReport> epochs, int bestEpoch, double bestValidationLoss,
                             boolean stoppedEarly) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
    }
}
