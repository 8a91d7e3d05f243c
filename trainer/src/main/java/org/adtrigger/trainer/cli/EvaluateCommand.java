package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.trainer.api.EvaluateRequest;
import org.adtrigger.trainer.api.ModelEvaluation;
import org.adtrigger.trainer.pipeline.ArchivePaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code adtrigger evaluate}: its options as an {@link EvaluateRequest}, run by {@link ModelEvaluation}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a trained model against signal samples: ROC and AUC vs an E_T^miss baseline,",
                "efficiencies at fixed background efficiency, significance per tier and vs an E_T^miss cut."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "ONNX model with its card.")
    Path model;

    @Option(names = "--background", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "SM archives (globs allowed); only their validation split is used, as in training.")
    List<String> background;

    @Option(names = "--signals", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "Signal archives (globs allowed); every event is used, grouped by sample name.")
    List<String> signals;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report directory.")
    Path out;

    @Option(names = "--lumi", paramLabel = "FB-1",
            description = "Luminosity to quote yields at, in fb^-1 like every --lumi (default: the one the weights "
                    + "are normalised to, from the model card).")
    Double luminosityFb;

    @Mixin
    ScoringOptions scorerOptions;

    @Override
    public Integer call() throws IOException {
        ScorerSettings settings = scorerOptions.settings(spec);
        if (luminosityFb != null) {
            OptionValues.positive(spec, "--lumi", luminosityFb);
        }
        AtomicOutput.checkWritableDirectory(out);
        EvaluateRequest request = new EvaluateRequest(model, ArchivePaths.expand(background),
                ArchivePaths.expand(signals), out, luminosityFb, settings, scorerOptions.batch,
                scorerOptions.showProgress(), spec.commandLine().getParseResult().originalArgs());
        try {
            ModelEvaluation.run(request, spec.commandLine().getOut());
        } catch (ModelEvaluation.LuminosityUnknown e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return 0;
    }
}
