package org.adtrigger.trainer.cli;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.adtrigger.trainer.api.Nd4jThreads;
import org.adtrigger.trainer.api.QuietStdout;
import org.adtrigger.trainer.api.TrainingData;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.tune.HalvingSchedule;
import org.adtrigger.trainer.tune.HyperparameterSearch;
import org.adtrigger.trainer.tune.Leaderboard;
import org.adtrigger.trainer.tune.LeaderboardTable;
import org.adtrigger.trainer.tune.SearchSpace;
import org.adtrigger.trainer.tune.SpaceFile;
import org.adtrigger.trainer.tune.SpaceSampler;
import org.adtrigger.trainer.tune.TrialConfig;
import org.adtrigger.trainer.tune.TrialRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger tune}: successive halving over autoencoder configurations, ranked by the weighted
 * validation loss of the background; writes {@code leaderboard.json} and prints the table and the best
 * configuration as {@code train} options.
 */
@Command(name = "tune", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Search autoencoder hyper-parameters by successive halving on the background validation loss.",
                "Events labelled SIGNAL are left out of training and ranking; the split is the one train uses."})
final class TuneCommand implements Callable<Integer> {
    /** As in train: relative validation-loss gain below which an epoch does not count as an improvement. */
    private static final double MIN_RELATIVE_IMPROVEMENT = 1e-3;

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--trials", defaultValue = "27", paramLabel = "N",
            description = "Configurations in the first rung (default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--max-epochs", defaultValue = "9", paramLabel = "E",
            description = "Epochs of the last rung (default: ${DEFAULT-VALUE}).")
    int maxEpochs;

    @Option(names = "--eta", defaultValue = "3", paramLabel = "ETA",
            description = "Keep the best 1/ETA of each rung and give them ETA times the epochs "
                    + "(default: ${DEFAULT-VALUE}).")
    int eta;

    @Option(names = "--search", defaultValue = "random", paramLabel = "KIND",
            description = "random (log-uniform learning rate) or grid (default: ${DEFAULT-VALUE}).")
    String search;

    @Option(names = "--space", paramLabel = "FILE",
            description = "Properties file overriding keys of the default search space (see docs/trainer.md).")
    Path spaceFile;

    @Option(names = "--patience", defaultValue = "3", paramLabel = "N",
            description = "Within a rung, stop a trial after this many epochs without improvement "
                    + "(default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--score", defaultValue = "mse", paramLabel = "ERROR",
            description = "Reconstruction error used as loss: mse, mae (default: ${DEFAULT-VALUE}).")
    String score;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seeds the sampling of configurations and every trial's initial weights "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "ND4J compute threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for leaderboard.json.")
    Path out;

    @Override
    public Integer call() throws IOException {
        SearchStrategy strategy = OptionValues.choice(spec, "--search", search, SearchStrategy.class);
        ReconstructionError error = OptionValues.choice(spec, "--score", score, ReconstructionError.class);
        SearchSpace space = spaceFile == null ? SearchSpace.DEFAULT
                : OptionValues.usage(spec, () -> readSpace(spaceFile));
        OptionValues.usage(spec, () -> HalvingSchedule.plan(OptionValues.positive(spec, "--trials", trials), eta,
                maxEpochs));
        OptionValues.positive(spec, "--patience", patience);
        Nd4jThreads.limit(OptionValues.positive(spec, "--threads", threads));
        AtomicOutput.checkWritableDirectory(out);
        long startNanos = System.nanoTime();
        TrainingData data = dataOptions.open();
        List<TrialConfig> configs = strategy == SearchStrategy.GRID ? SpaceSampler.grid(space, trials, seed)
                : SpaceSampler.random(space, trials, seed);

        PrintWriter err = spec.commandLine().getErr();
        HyperparameterSearch.Settings settings = new HyperparameterSearch.Settings(eta, maxEpochs, patience,
                MIN_RELATIVE_IMPROVEMENT, seed, Objective.of(error));
        HyperparameterSearch.Result result = QuietStdout.during(() -> new HyperparameterSearch(settings,
                (rung, record) -> progress(err, rung, record)).run(configs, data.training(), data.validation()));
        TrialRecord<TrialConfig> best = result.best();
        if (best.failure().isPresent()) {
            throw new IllegalStateException("every trial failed; the first ranked: " + best.failure().get());
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        Files.createDirectories(out);
        Path leaderboard = out.resolve("leaderboard.json");
        Leaderboard.write(leaderboard, new Setup(dataOptions.data, dataOptions.preset, dataOptions.selection,
                dataOptions.batch, OptionValues.optionName(strategy), configs.size(), eta, maxEpochs, patience,
                OptionValues.optionName(error), seed, seconds), space, result);

        PrintWriter stdout = spec.commandLine().getOut();
        LeaderboardTable.print(stdout, result.schedule(), result.ranking());
        stdout.printf(Locale.ROOT, "best      trial %d, validation loss %.5g after %d epochs: %s%n", best.id(),
                best.loss(), best.rungs().get(best.rungs().size() - 1).epochs(), best.config().spec());
        stdout.printf(Locale.ROOT, "train it  adtrigger train --data %s %s --epochs %d --out model.onnx%n",
                String.join(" ", dataOptions.data), best.config().trainArguments(), maxEpochs);
        stdout.printf(Locale.ROOT, "signal    %d training and %d validation events labelled SIGNAL left out%n",
                result.signalTraining(), result.signalValidation());
        stdout.printf(Locale.ROOT, "wrote     %s (%d trials, %d rungs, %.1f s)%n", leaderboard, configs.size(),
                result.schedule().rungs().size(), seconds);
        stdout.flush();
        return 0;
    }

    private static SearchSpace readSpace(Path file) {
        try {
            return SpaceFile.read(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read --space " + file + ": " + e.getMessage(), e);
        }
    }

    private static void progress(PrintWriter err, HalvingSchedule.Rung rung, TrialRecord<TrialConfig> record) {
        String outcome = record.failure().map(f -> "failed: " + f).orElseGet(() -> {
            TrialRecord.RungResult last = record.rungs().get(record.rungs().size() - 1);
            return String.format(Locale.ROOT, "validation loss %.5g (%.1f s)", last.validationLoss(), last.seconds());
        });
        err.printf(Locale.ROOT, "rung %d (%d trials, %d epochs): trial %d %s lr %.3g: %s%n", rung.index(),
                rung.trials(), rung.epochs(), record.id(), record.config().spec(), record.config().learningRate(),
                outcome);
        err.flush();
    }

    enum SearchStrategy { RANDOM, GRID }

    /** The settings recorded at the top of leaderboard.json. */
    record Setup(List<String> data, String preset, String selection, int batch, String search, int trials, int eta,
                 int maxEpochs, int patience, String score, long seed, double seconds) {
    }
}
