package org.adtrigger.trainer.cli;

import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of the commands that score archives with a model (evaluate, compare): how ONNX Runtime runs
 * and whether progress bars show. A picocli mixin, so both commands spell them alike.
 */
final class ScoringOptions {

    @Option(names = "--batch", defaultValue = "512", paramLabel = "N",
            description = "Events per ONNX Runtime call (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--device", defaultValue = "auto", paramLabel = "DEVICE",
            description = "auto, cpu or cuda (default: ${DEFAULT-VALUE}).")
    String device;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "ONNX Runtime intra-op threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--progress", negatable = true,
            description = "Show progress bars on stderr (default: when stderr is a terminal).")
    Boolean progress;

    /** The scorer settings; a bad device, thread count or batch size is a usage error (exit code 2). */
    ScorerSettings settings(CommandSpec spec) {
        OptionValues.positive(spec, "--batch", batch);
        return OptionValues.usage(spec, () -> new ScorerSettings(ScorerDevice.parse(device), threads, null));
    }

    boolean showProgress() {
        return progress != null ? progress : System.console() != null;
    }
}
