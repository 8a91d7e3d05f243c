package org.adtrigger.trainer.train;

/** Receives progress of a training run, e.g. to draw a progress bar or log a table. */
public interface TrainingListener {
    /** After each training batch; {@code eventsSoFar} counts events of this epoch. */
    default void onBatch(int epoch, long eventsSoFar) {
    }

    /** After each epoch's validation. */
    void onEpoch(EpochReport report);

    /** Passes every call on to each of {@code listeners}, in order. */
    static TrainingListener all(TrainingListener... listeners) {
        return new TrainingListener() {
            @Override
            public void onBatch(int epoch, long eventsSoFar) {
                for (TrainingListener l : listeners) {
                    l.onBatch(epoch, eventsSoFar);
                }
            }

            @Override
            public void onEpoch(EpochReport report) {
                for (TrainingListener l : listeners) {
                    l.onEpoch(report);
                }
            }
        };
    }

    /** Ignores everything. */
    static TrainingListener none() {
        return report -> {
        };
    }
}
