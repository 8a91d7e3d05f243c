package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.trainer.evaluate.MetricsJson;
import org.adtrigger.trainer.inprocess.CachedFile;
import org.adtrigger.trainer.inprocess.InProcessCommand;

/**
 * One method through the public commands: {@code train --model METHOD} on the background (the model reused
 * when an earlier run trained it with the same arguments on the same sample), then {@code evaluate} against
 * every signal, whose metrics.json is read back.
 */
final class MethodBench {
    private final Path work;
    private final String method;
    private final List<String> trainOptions;

    /**
     * @param work         the benchmark's work directory (models/, reports/, logs/ go below it)
     * @param method       the {@code train --model} value
     * @param trainOptions train options shared by every method
     */
    MethodBench(Path work, String method, List<String> trainOptions) {
        this.work = work;
        this.method = method;
        this.trainOptions = trainOptions;
    }

    /** The method's run and its report's figures. */
    record Result(MethodRun run, EvaluationMetrics metrics) {
    }

    Result run(BenchSamples.Sample background, List<BenchSamples.Sample> signals, int threads) throws IOException {
        String name = Methods.fileName(method);
        Path model = work.resolve("models").resolve(name + ".onnx");
        Path logs = work.resolve("logs");
        CachedFile cached = new CachedFile(model,
                String.join(" ", trainArguments(background, model)) + " | background " + background.parameters());
        CachedFile.Made trained = cached.getOrMake(target -> InProcessCommand.run(InProcessCommand.TRAINER,
                trainArguments(background, target), logs.resolve(name + "-train.log")));

        Path report = work.resolve("reports").resolve(name);
        List<String> evaluate = new ArrayList<>(List.of("evaluate", "--model", model.toString(), "--background",
                background.file(), "--signals"));
        signals.forEach(s -> evaluate.add(s.file()));
        evaluate.addAll(List.of("--out", report.toString(), "--threads", Integer.toString(threads),
                "--no-progress"));
        long start = System.nanoTime();
        InProcessCommand.run(InProcessCommand.TRAINER, evaluate, logs.resolve(name + "-evaluate.log"));
        double evaluateSeconds = (System.nanoTime() - start) / 1e9;

        EvaluationMetrics metrics = EvaluationMetrics.read(report.resolve(MetricsJson.FILE), method);
        return new Result(new MethodRun(method, model.toString(), metrics.epochs(), trained.seconds(),
                trained.reused(), evaluateSeconds, metrics.validationBackgroundEvents()), metrics);
    }

    private List<String> trainArguments(BenchSamples.Sample background, Path modelFile) {
        List<String> args = new ArrayList<>(List.of("train", "--data", background.file(), "--model", method));
        args.addAll(trainOptions);
        args.addAll(List.of("--out", modelFile.toString()));
        return args;
    }
}
