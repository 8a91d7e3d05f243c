package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.DoubleFunction;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.trainer.study.Distortion;
import org.adtrigger.trainer.study.DistortionReport;
import org.adtrigger.trainer.study.DistortionStudy;
import org.adtrigger.trainer.study.StudyModel;
import org.adtrigger.trainer.study.StudyReport;
import org.adtrigger.trainer.study.StudyRun;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The synthetic-anomaly studies' command: one model trained on the background (or given), the validation
 * split scored as it is and a random subset of it distorted once per setting. Subclasses name the study and
 * turn a setting into a {@link Distortion}.
 */
abstract class DistortionCommand implements Callable<Integer> {
    static final long DEFAULT_EVENTS = 100_000;
    static final int DEFAULT_EPOCHS = 5;
    /** Why moving cells around may change less than one would think. */
    static final String MASK_NOTE = "The model reads only the cells that were non-zero in some training event "
            + "(the card's kept-cell mask, applied inside the ONNX graph): a value moved into a cell outside the "
            + "mask vanishes from its input, so a sparse event (few objects) can come out looking like a "
            + "plainer event rather than a stranger one.";

    @Spec
    CommandSpec spec;

    @Mixin
    StudyOptions options;

    @Option(names = "--subset", defaultValue = "0.2", paramLabel = "FRACTION",
            description = "Probability that a validation event is drawn into the distorted subset "
                    + "(default: ${DEFAULT-VALUE}).")
    double subset;

    @Option(names = "--trained-model", paramLabel = "FILE",
            description = "Study this ONNX model (with its card) instead of training one on the background.")
    Path trainedModel;

    /**
     * What a subcommand studies.
     *
     * @param study       the command name
     * @param title       one-line description
     * @param settingName what the setting is, as a column and axis title
     * @param distortion  the distortion of a setting
     * @param notes       what was done, for the report
     */
    record Kind(String study, String title, String settingName, DoubleFunction<Distortion> distortion,
                List<String> notes) {
    }

    abstract Kind kind();

    /** The settings given on the command line. */
    abstract List<Double> settings();

    @Override
    public Integer call() throws IOException {
        StudyRun run = options.start();
        Kind kind = kind();
        List<Distortion> distortions = OptionValues.usage(spec, () -> settings().stream()
                .map(setting -> kind.distortion().apply(setting)).toList());
        if (!(subset > 0 && subset <= 1)) {
            throw new ParameterException(spec.commandLine(),
                    "--subset must be in (0, 1], got " + subset);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<Path> background = options.background("sm", DEFAULT_EVENTS, Mix.BALANCED);
        Path onnx = trainedModel != null ? trainedModel : options.trainer(DEFAULT_EPOCHS, err)
                .train(options.work.resolve("models").resolve("background-model.onnx"), background, options.model);
        Path out = options.out(kind.study());
        try (StudyModel model = StudyModel.load(onnx)) {
            DistortionStudy.Result result = DistortionStudy.run(model, background, distortions, subset, options.seed);
            StudyReport report = DistortionReport.write(out, kind.study(), kind.title(), kind.settingName(), run,
                    kind.notes(), result, model.card().thresholds().tierCuts());
            StudyOptions.print(spec.commandLine().getOut(), report, out);
        }
        return 0;
    }
}
