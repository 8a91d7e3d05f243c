package org.adtrigger.trainer.train;

/**
 * What one epoch did. Losses are weighted means over events (Σ w·ℓ / Σ w); the training loss is measured
 * batch by batch before each update, so it lags the validation loss, which is measured after the epoch.
 *
 * @param trainingSeconds wall time of the training pass alone (validation excluded)
 * @param improved        whether this epoch set a new best validation loss
 */
public record EpochReport(int epoch, double trainingLoss, double validationLoss, long trainingEvents,
                          double trainingSeconds, double validationSeconds, boolean improved) {
    /** Training throughput of this epoch. */
    public double eventsPerSecond() {
        return trainingEvents / trainingSeconds;
    }
}
