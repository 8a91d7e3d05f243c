package org.adtrigger.trainer.train;

import java.util.List;
import java.util.OptionalDouble;

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

    /**
     * The relative fall of the validation loss in the last epoch, (v_{n-1} − v_n)/v_{n-1}, when training ran
     * to the epoch cap and that last epoch was still a new best: the model has not converged. Empty when
     * patience stopped it, or the last epoch did not improve.
     */
    public OptionalDouble stillImproving() {
        int n = epochs.size();
        if (stoppedEarly || n < 2 || !epochs.get(n - 1).improved()) {
            return OptionalDouble.empty();
        }
        double before = epochs.get(n - 2).validationLoss();
        return OptionalDouble.of((before - epochs.get(n - 1).validationLoss()) / Math.abs(before));
    }
}
