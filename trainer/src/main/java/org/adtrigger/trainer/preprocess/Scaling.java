package org.adtrigger.trainer.preprocess;

/** How each kept cell is scaled before the network: scaled = (x − offset) / scale. */
public enum Scaling {
    /** offset 0, scale 1. */
    NONE,
    /** offset = min, scale = max − min: the training range maps to [0, 1]. */
    MIN_MAX,
    /** offset = weighted mean, scale = weighted standard deviation. */
    STANDARD
}
