package org.adtrigger.trainer.model;

/** Names of the SameDiff placeholders and outputs shared by the graph builder and the feeding code. */
final class GraphNames {
    /** Raw RMM rows [n, rawWidth]. */
    static final String RAW = "rmm";
    /** Per-event weights [n]. */
    static final String WEIGHT = "weight";
    /** Scalar denominator of the weighted batch loss (normally the batch's Σw). */
    static final String LOSS_NORM = "lossNorm";
    /** Standard-normal noise [n, latent] of the VAE's reparameterised sample; zeros give the mean path. */
    static final String EPSILON = "epsilon";

    static final String SCALED = "scaled";
    static final String RECONSTRUCTION = "reconstruction";
    static final String SCORE = "score";
    static final String EVENT_LOSS = "eventLoss";
    static final String LOSS = "loss";

    private GraphNames() {
    }
}
