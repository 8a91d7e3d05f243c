package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.adtrigger.core.stats.ScoreScale;
import org.adtrigger.trainer.api.ModelChoice;
import org.adtrigger.trainer.api.TrainRequest;
import org.adtrigger.trainer.api.TrainingRun;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.baseline.BaselineMethod;
import org.adtrigger.trainer.baseline.BaselineOptions;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.train.TrainingOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code adtrigger train}: its options as a {@link TrainRequest}, run by {@link TrainingRun}. */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an autoencoder or fit a baseline (met, pca, iforest, hbos) on SM Monte Carlo archives;",
                "export it as ONNX with its model card.",
                "Events are split 80/20 into training and validation by a hash of (run, event number, sample)."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions dataOptions;

    @Option(names = "--model", defaultValue = "ae-small", paramLabel = "ARCH",
            description = "ae-small, ae-large, vae (= vae-small), vae-large, a spec such as 256,64,256:tanh or "
                    + "vae:300,50,300:elu, or a baseline: met, pca, iforest, hbos (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--pca-variance", defaultValue = "0.95", paramLabel = "F",
            description = "pca: keep the fewest axes explaining at least this fraction of the weighted variance "
                    + "(default: ${DEFAULT-VALUE}).")
    double pcaVariance;

    @Option(names = "--pca-k", paramLabel = "K", description = "pca: keep exactly K axes (overrides --pca-variance).")
    Integer pcaAxes;

    @Option(names = "--trees", defaultValue = "100", paramLabel = "T",
            description = "iforest: number of isolation trees (default: ${DEFAULT-VALUE}).")
    int trees;

    @Option(names = "--subsample", defaultValue = "256", paramLabel = "PSI",
            description = "iforest: events per tree, drawn with probability proportional to weight "
                    + "(default: ${DEFAULT-VALUE}).")
    int subsample;

    @Option(names = "--bins", paramLabel = "B",
            description = "hbos: bins per RMM cell (default: the square root of the training events, at most 100).")
    Integer bins;

    @Option(names = "--scaler", defaultValue = "min-max", paramLabel = "SCALER",
            description = "Per-cell scaling folded into the graph: none, min-max, standard (default: ${DEFAULT-VALUE}).")
    String scaler;

    @Option(names = "--score", defaultValue = "mse", paramLabel = "ERROR",
            description = "Reconstruction error used as loss and score: mse, mae (default: ${DEFAULT-VALUE}).")
    String score;

    @Option(names = "--beta", defaultValue = "1", paramLabel = "B",
            description = "VAE only: weight of the KL term in the training loss (default: ${DEFAULT-VALUE}).")
    double beta;

    @Option(names = "--score-kl-weight", defaultValue = "0", paramLabel = "K",
            description = "VAE only: weight of the KL term added to the anomaly score (default: ${DEFAULT-VALUE}).")
    double scoreKlWeight;

    @Option(names = "--epochs", defaultValue = "200", paramLabel = "N",
            description = "Maximum number of epochs, a cap: training normally ends by early stopping (--patience) "
                    + "and warns when it reaches the cap still improving (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", defaultValue = "1e-3", paramLabel = "RATE",
            description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--patience", defaultValue = "3", paramLabel = "N",
            description = "Stop after this many epochs without a better validation loss (default: ${DEFAULT-VALUE}).")
    int patience;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the initial weights and VAE noise; the split does not depend on it "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threshold-space", defaultValue = "score", paramLabel = "SPACE",
            description = "Where the tier median is taken: score, log-score (default: ${DEFAULT-VALUE}).")
    String thresholdSpace;

    @Option(names = "--lumi", defaultValue = "10", paramLabel = "FB-1",
            description = "Luminosity the event weights are normalised to, in fb^-1 like every --lumi "
                    + "(default: ${DEFAULT-VALUE}).")
    double luminosityFb;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "ND4J compute threads (OpenMP, libnd4j, BLAS) (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--checkpoint-dir", paramLabel = "DIR",
            description = "Save last.ckpt after every epoch and best.ckpt at every improvement.")
    Path checkpointDir;

    @Option(names = "--resume", description = "Continue from last.ckpt in --checkpoint-dir for up to --epochs more "
            + "epochs; architecture, scaler, score and KL weights then come from the checkpoint.")
    boolean resume;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output ONNX file; the model card is also written next to it as <name>.card.json.")
    Path out;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal).")
    Boolean progress;

    @Override
    public Integer call() throws IOException {
        TrainingRun.run(request(), spec.commandLine().getOut(), spec.commandLine().getErr());
        return 0;
    }

    /**
     * The options as a typed request; a bad value is a usage error (exit code 2). The outputs are checked
     * before the archives are looked at, as a long training would be lost to an unwritable output.
     */
    TrainRequest request() throws IOException {
        ScoreScale scale = choice("--threshold-space", thresholdSpace, ScoreScale.class);
        if (resume && checkpointDir == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --checkpoint-dir");
        }
        Optional<BaselineMethod> baseline = BaselineMethod.byName(model);
        if (baseline.isPresent() && (resume || checkpointDir != null)) {
            throw new ParameterException(spec.commandLine(), "--resume and --checkpoint-dir are for autoencoders; "
                    + "a baseline is fitted in one go");
        }
        Scaling scaling = choice("--scaler", scaler, Scaling.class);
        TrainingOptions options = usage(() -> new TrainingOptions(epochs, learningRate, patience,
                ModelChoice.MIN_RELATIVE_IMPROVEMENT, seed));
        ModelChoice choice;
        if (baseline.isPresent()) {
            choice = new ModelChoice.Baseline(baseline.get(), usage(() -> new BaselineOptions(scaling, pcaVariance,
                    pcaAxes, trees, subsample, seed, bins)));
        } else {
            ReconstructionError error = choice("--score", score, ReconstructionError.class);
            choice = new ModelChoice.Autoencoder(model, usage(() -> Architectures.parse(model)), scaling,
                    usage(() -> new Objective(error, beta, scoreKlWeight)), options);
        }
        double lumi = OptionValues.positive(spec, "--lumi", luminosityFb);
        int nd4jThreads = OptionValues.positive(spec, "--threads", threads);
        TrainingRun.checkOutputs(out, checkpointDir);
        return new TrainRequest(dataOptions.archives(), dataOptions.layout(), dataOptions.selection(),
                dataOptions.batchSize(), choice, scale, lumi, nd4jThreads, checkpointDir, resume,
                progress != null ? progress : System.console() != null, out);
    }

    private <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        return OptionValues.choice(spec, option, value, type);
    }

    private <T> T usage(Supplier<T> parse) {
        return OptionValues.usage(spec, parse);
    }
}
