package org.adtrigger.trainer.baseline;

import java.util.Locale;
import java.util.Optional;
import org.adtrigger.core.rmm.RmmOptions;

/** The baseline anomaly scorers {@code adtrigger train --model} accepts besides the autoencoders. */
public enum BaselineMethod {
    /** E_T^miss alone. */
    MET,
    /** PCA reconstruction error. */
    PCA,
    /** Isolation Forest. */
    IFOREST,
    /** Histogram-Based Outlier Score. */
    HBOS;

    /** The method named {@code name} (case-insensitive), or empty when it names none (an autoencoder, say). */
    public static Optional<BaselineMethod> byName(String name) {
        for (BaselineMethod method : values()) {
            if (method.id().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    /**
     * The RMM options the method's model is fitted and served with: {@code base}, except that the E_T^miss
     * baseline switches the E_T^miss threshold off, so that its score is E_T^miss/√s for every event instead of
     * 0 below 30 GeV (a point mass that would often hold the background median, where the tiers are undefined).
     * The model card records the options, so the stream builds the same cell.
     */
    public RmmOptions rmmOptions(RmmOptions base) {
        return this == MET ? base.withMetThreshold(0) : base;
    }

    /** The name on the command line: met, pca, iforest, hbos. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
