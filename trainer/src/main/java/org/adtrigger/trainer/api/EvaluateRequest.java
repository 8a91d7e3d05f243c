package org.adtrigger.trainer.api;

import java.nio.file.Path;
import java.util.List;
import org.adtrigger.scoring.onnx.ScorerSettings;

/**
 * One evaluation, typed: what {@code adtrigger evaluate} does with its options, and what the physics benchmark
 * asks for directly.
 *
 * @param model        the ONNX model with its card
 * @param background   SM archives; only their validation split is scored, as in training
 * @param signals      signal archives; every event is scored, grouped by sample name in order of first
 *                     appearance; both lists kept as the command line gives them: absolute, sorted, each once
 * @param out          the report directory
 * @param luminosityFb the luminosity to quote yields at, fb⁻¹; null for the one the weights are normalised to
 * @param scorer       how ONNX Runtime runs
 * @param batchSize    events per ONNX Runtime call
 * @param progressBar  show a progress bar on stderr
 * @param commandLine  the command line recorded in the report
 */
public record EvaluateRequest(Path model, List<Path> background, List<Path> signals, Path out, Double luminosityFb,
                              ScorerSettings scorer, int batchSize, boolean progressBar, List<String> commandLine) {
    public EvaluateRequest {
        background = TrainRequest.canonical(background);
        signals = TrainRequest.canonical(signals);
        commandLine = List.copyOf(commandLine);
    }
}
