package org.adtrigger.trainer.tune;

/** A configuration being trained: it keeps its state between rungs, so a survivor continues where it was. */
public interface Candidate {
    /**
     * Trains until {@code totalEpochs} epochs have been done in all, then returns the best weighted
     * validation loss seen so far (lower is better).
     *
     * @throws TrialFailedException when the training diverged or otherwise cannot go on
     */
    double trainTo(int totalEpochs);

    /** Makes a candidate from a configuration; called once per configuration, in trial order. */
    @FunctionalInterface
    interface Factory<C> {
        Candidate create(C config);
    }

    /** Training of one trial failed; the search drops it and goes on with the others. */
    final class TrialFailedException extends RuntimeException {
        public TrialFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
