package org.adtrigger.scoring.onnx;

import java.util.Locale;

/** Where ONNX Runtime executes the model ({@code scorer.device}). */
public enum ScorerDevice {
    /** CUDA when this build and machine support it, otherwise CPU (one log line says why). */
    AUTO,
    /** The CPU execution provider. */
    CPU,
    /** The CUDA execution provider; loading fails when it is unavailable. */
    CUDA;

    /** Parses a configuration value (case-insensitive: auto, cpu, cuda). */
    public static ScorerDevice parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("scorer device must be auto, cpu or cuda, not '" + value + "'", e);
        }
    }

    /** The name used in configuration, logs and metric tags. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
