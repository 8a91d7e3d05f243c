package org.adtrigger.trainer.baseline;

import java.util.Locale;
import java.util.Optional;

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

    /** The name on the command line: met, pca, iforest, hbos. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
