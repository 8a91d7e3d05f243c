package org.adtrigger.scoring.onnx;

import java.util.Properties;

/**
 * How the ONNX model is loaded and executed.
 *
 * @param device          execution provider choice
 * @param intraOpThreads  threads ONNX Runtime may use inside one run; 1 by default because the stream
 *                        threads already keep the cores busy and extra pool threads only contend with them
 * @param requiredLayout  RMM layout spec the operator insists on, or null to accept the model card's
 */
public record ScorerSettings(ScorerDevice device, int intraOpThreads, String requiredLayout) {
    public static final String DEVICE = "scorer.device";
    public static final String INTRA_OP_THREADS = "scorer.intra.op.threads";
    public static final String REQUIRED_LAYOUT = "scorer.required.layout";

    public static final ScorerSettings DEFAULTS = new ScorerSettings(ScorerDevice.AUTO, 1, null);

    public ScorerSettings {
        if (device == null) {
            throw new IllegalArgumentException(DEVICE + " must be set");
        }
        if (intraOpThreads < 1) {
            throw new IllegalArgumentException(INTRA_OP_THREADS + " must be at least 1, not " + intraOpThreads);
        }
        if (requiredLayout != null && requiredLayout.isBlank()) {
            requiredLayout = null;
        }
    }

    /** Reads the {@code scorer.*} keys; absent keys take the defaults. */
    public static ScorerSettings from(Properties config) {
        String threads = config.getProperty(INTRA_OP_THREADS, Integer.toString(DEFAULTS.intraOpThreads()));
        try {
            return new ScorerSettings(
                    ScorerDevice.parse(config.getProperty(DEVICE, DEFAULTS.device().label())),
                    Integer.parseInt(threads.trim()),
                    config.getProperty(REQUIRED_LAYOUT));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(INTRA_OP_THREADS + " must be an integer, not '" + threads + "'", e);
        }
    }

    public ScorerSettings withDevice(ScorerDevice newDevice) {
        return new ScorerSettings(newDevice, intraOpThreads, requiredLayout);
    }
}
