package org.adtrigger.trainer.pipeline;

/** The two disjoint parts of a training data set. */
public enum Split {
    /** Events the network learns from, and the scaler and cell mask are computed on. */
    TRAINING,
    /** Events for early stopping and for the thresholds in the model card. */
    VALIDATION
}
