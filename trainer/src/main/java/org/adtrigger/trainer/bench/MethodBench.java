package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.trainer.api.EvaluateRequest;
import org.adtrigger.trainer.api.EvaluationResult;
import org.adtrigger.trainer.api.LoggedRun;
import org.adtrigger.trainer.api.ModelChoice;
import org.adtrigger.trainer.api.ModelEvaluation;
import org.adtrigger.trainer.api.TrainRequest;
import org.adtrigger.trainer.api.TrainingRun;
import org.adtrigger.trainer.cache.CachedFile;

/**
 * One method through the trainer's API, as {@code train --model METHOD} and {@code evaluate} run it: trained
 * on the background (the model reused when an earlier run trained it with the same settings on the same
 * sample), then evaluated against every signal.
 */
final class MethodBench {
    /** ONNX Runtime's batch of {@code evaluate}'s default. */
    private static final int EVALUATE_BATCH = 512;

    private final Path work;
    private final String method;
    private final BenchSettings settings;
    private final RmmLayout layout;
    private final SelectionPreset selection;
    private final List<String> commandLine;

    /**
     * @param work        the benchmark's work directory (models/, reports/, logs/ go below it)
     * @param method      the {@code train --model} value
     * @param settings    the benchmark's settings: epochs, seed, luminosity, threads
     * @param layout      the RMM layout of {@code settings}
     * @param selection   the event selection of {@code settings}
     * @param commandLine the benchmark's command line, recorded in each report
     */
    MethodBench(Path work, String method, BenchSettings settings, RmmLayout layout, SelectionPreset selection,
                List<String> commandLine) {
        this.work = work;
        this.method = method;
        this.settings = settings;
        this.layout = layout;
        this.selection = selection;
        this.commandLine = commandLine;
    }

    /** The method's run and its report's figures. */
    record Result(MethodRun run, EvaluationMetrics metrics) {
    }

    Result run(BenchSamples.Sample background, List<BenchSamples.Sample> signals) throws IOException {
        String name = Methods.fileName(method);
        Path model = work.resolve("models").resolve(name + ".onnx");
        Path logs = work.resolve("logs");
        String training = String.format(Locale.ROOT, "train %s on %s: layout %s, selection %s, %d epoch(s), "
                        + "seed %d, %s fb^-1, %d thread(s)", method, background.file(), layout.spec(), selection.id(),
                settings.epochs(), settings.seed(), settings.lumiInverseFb(), settings.threads());
        CachedFile cached = new CachedFile(model, training + " --out " + model + " | background "
                + background.parameters());
        CachedFile.Made trained = cached.getOrMake(target -> LoggedRun.run(logs.resolve(name + "-train.log"),
                training, (out, err) -> TrainingRun.run(trainRequest(background, target), out, err)));

        Path report = work.resolve("reports").resolve(name);
        EvaluateRequest evaluate = new EvaluateRequest(model, List.of(Path.of(background.file())),
                signals.stream().map(s -> Path.of(s.file())).toList(), report, null,
                new ScorerSettings(ScorerDevice.AUTO, settings.threads(), null), EVALUATE_BATCH, false, commandLine);
        long start = System.nanoTime();
        EvaluationResult evaluation = LoggedRun.run(logs.resolve(name + "-evaluate.log"), "evaluate " + model
                + " against " + signals.size() + " signal(s) into " + report, (out, err) -> ModelEvaluation.run(
                evaluate, out));
        double evaluateSeconds = (System.nanoTime() - start) / 1e9;

        EvaluationMetrics metrics = EvaluationMetrics.of(evaluation, method);
        return new Result(new MethodRun(method, model.toString(), metrics.epochs(), trained.seconds(),
                trained.reused(), evaluateSeconds, metrics.validationBackgroundEvents()), metrics);
    }

    private TrainRequest trainRequest(BenchSamples.Sample background, Path modelFile) {
        return TrainRequest.of(List.of(Path.of(background.file())), layout, selection, ModelChoice.withDefaults(method, settings.epochs(),
                        settings.seed()), settings.lumiInverseFb(), settings.threads(), modelFile);
    }
}
