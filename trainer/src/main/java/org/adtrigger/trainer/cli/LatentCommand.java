package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.study.CachingTrainer;
import org.adtrigger.trainer.study.LatentReport;
import org.adtrigger.trainer.study.LatentStudy;
import org.adtrigger.trainer.study.StudyReport;
import org.adtrigger.trainer.study.StudyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code adtrigger study latent}: PCA scree and autoencoder validation loss against the latent size. */
@Command(name = "latent", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"PCA explained variance of the background, and per latent size d an autoencoder "
                + "input-d-input (ae-small's activations): background validation loss, the size chosen from it, "
                + "and the signals' AUCs for information.",
                "Default: 40000 generated SM events (balanced mix), 10000 events of the five BSM benchmarks; "
                + "4 epochs. --model is not used."})
final class LatentCommand implements Callable<Integer> {
    private static final long DEFAULT_EVENTS = 40_000;
    private static final int DEFAULT_EPOCHS = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    StudyOptions options;

    @Option(names = "--dims", split = ",", defaultValue = "4,8,16,32,64,150", paramLabel = "D",
            description = "Latent sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> dims;

    @Option(names = "--tolerance", defaultValue = "0.05", paramLabel = "T",
            description = "Choose the smallest size whose validation loss is within this relative margin of the "
                    + "best (default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Mixin
    SignalOptions signalOptions;

    @Override
    public Integer call() throws IOException {
        StudyRun run = options.start();
        for (int d : dims) {
            OptionValues.positive(spec, "--dims", d);
        }
        if (!(tolerance >= 0)) {
            throw new ParameterException(spec.commandLine(), "--tolerance must not be negative, got " + tolerance);
        }
        RmmLayout layout = OptionValues.usage(spec, () -> RmmLayout.parse(options.preset));
        SelectionPreset selection = OptionValues.usage(spec, () -> SelectionPreset.byId(options.selection));
        List<Path> background = options.background("sm", DEFAULT_EVENTS, Mix.BALANCED);
        List<Path> signalArchives = signalOptions.archives(options, "bsm", 10000);
        CachingTrainer trainer = options.trainer(DEFAULT_EPOCHS, spec.commandLine().getErr());
        // train's default scaler, which the trainer below uses too: the PCA must see the autoencoders' input
        LatentStudy.Result result = LatentStudy.run(background, signalArchives, dims, tolerance, layout, selection,
                Scaling.MIN_MAX, options.work.resolve("latent"), trainer, Integer::toString);
        Path out = options.out("latent");
        StudyReport report = LatentReport.write(out, run, result);
        StudyOptions.print(spec.commandLine().getOut(), report, out);
        return 0;
    }
}
