package org.adtrigger.trainer.model;

/** Per-event reconstruction error, averaged over the kept cells in scaled space. */
public enum ReconstructionError {
    /** mean of (x̂ − x)². */
    MSE,
    /** mean of |x̂ − x|. */
    MAE
}
