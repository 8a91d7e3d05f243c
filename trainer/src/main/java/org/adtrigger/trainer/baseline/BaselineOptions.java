package org.adtrigger.trainer.baseline;

import org.adtrigger.trainer.preprocess.Scaling;

/**
 * What the baselines are fitted with; each method reads its own part.
 *
 * @param scaling     PCA: the per-cell scaling in front of it, as for the autoencoders
 * @param pcaVariance PCA: the explained-variance fraction that fixes k, in (0, 1]
 * @param pcaAxes     PCA: k itself, overriding {@code pcaVariance}; null to derive it
 * @param trees       Isolation Forest: number of trees t
 * @param subsample   Isolation Forest: events per tree ψ
 * @param seed        Isolation Forest: seed of the sampling and splits
 * @param bins        HBOS: bins per cell; null for √N capped at {@link HistogramOutlierScoreFitter#MAX_DEFAULT_BINS}
 */
public record BaselineOptions(Scaling scaling, double pcaVariance, Integer pcaAxes, int trees, int subsample,
                              long seed, Integer bins) {
    public static final double DEFAULT_PCA_VARIANCE = 0.95;
    public static final int DEFAULT_TREES = 100;
    public static final int DEFAULT_SUBSAMPLE = 256;

    public BaselineOptions {
        if (!(pcaVariance > 0 && pcaVariance <= 1)) {
            throw new IllegalArgumentException("the PCA explained-variance fraction must be in (0, 1], got "
                    + pcaVariance);
        }
        if (pcaAxes != null && pcaAxes < 1) {
            throw new IllegalArgumentException("the number of PCA axes must be positive, got " + pcaAxes);
        }
        if (trees < 1) {
            throw new IllegalArgumentException("the number of trees must be positive, got " + trees);
        }
        if (subsample < 2) {
            throw new IllegalArgumentException("the isolation-forest subsample must be at least 2, got " + subsample);
        }
        if (bins != null && bins < 1) {
            throw new IllegalArgumentException("the number of HBOS bins must be positive, got " + bins);
        }
    }

    /** The defaults, with min-max scaling and seed 1. */
    public static BaselineOptions defaults() {
        return new BaselineOptions(Scaling.MIN_MAX, DEFAULT_PCA_VARIANCE, null, DEFAULT_TREES, DEFAULT_SUBSAMPLE, 1,
                null);
    }
}
