package org.adtrigger.trainer.cli;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.model.ModelCardJson;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionCountsText;
import org.adtrigger.core.stats.ScoreScale;
import org.adtrigger.trainer.arch.ArchitectureSpec;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.baseline.BaselineFitter;
import org.adtrigger.trainer.baseline.BaselineMethod;
import org.adtrigger.trainer.baseline.BaselineModel;
import org.adtrigger.trainer.baseline.BaselineOptions;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.ModelCheckpoint;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.onnx.BaselineExporter;
import org.adtrigger.trainer.onnx.OnnxExporter;
import org.adtrigger.trainer.pipeline.PassSummary;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.thresholds.CardThresholds;
import org.adtrigger.trainer.thresholds.ThresholdCalculator;
import org.adtrigger.trainer.thresholds.ValidationScores;
import org.adtrigger.trainer.train.Trainer;
import org.adtrigger.trainer.train.TrainingListener;
import org.adtrigger.trainer.train.TrainingOptions;
import org.adtrigger.trainer.train.TrainingResult;
import org.adtrigger.trainer.train.WeightedMean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger train}: cell statistics over the training split → model → training with early stopping
 * → validation scores → thresholds from the weighted background → model card → ONNX file and JSON sidecar.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an autoencoder or fit a baseline (met, pca, iforest, hbos) on SM Monte Carlo archives;",
                "export it as ONNX with its model card.",
                "Events are split 80/20 into training and validation by a hash of (run, event number, sample)."})
final class TrainCommand implements Callable<Integer> {
    /** Relative validation-loss gain below which an epoch does not count as an improvement. */
    private static final double MIN_RELATIVE_IMPROVEMENT = 1e-3;

    private static final double PB_PER_FB = 1000;

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

    /** The --lumi value in pb⁻¹, the unit weights and cross sections are computed in. */
    private double luminosityPb() {
        return OptionValues.positive(spec, "--lumi", luminosityFb) * PB_PER_FB;
    }

    @Override
    public Integer call() throws IOException {
        ScoreScale scale = choice("--threshold-space", thresholdSpace, ScoreScale.class);
        TrainingOptions options = usage(() -> new TrainingOptions(epochs, learningRate, patience,
                MIN_RELATIVE_IMPROVEMENT, seed));
        if (resume && checkpointDir == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --checkpoint-dir");
        }
        Optional<BaselineMethod> baseline = BaselineMethod.byName(model);
        if (baseline.isPresent() && (resume || checkpointDir != null)) {
            throw new ParameterException(spec.commandLine(), "--resume and --checkpoint-dir are for autoencoders; "
                    + "a baseline is fitted in one go");
        }
        Nd4jThreads.limit(OptionValues.positive(spec, "--threads", threads));
        // Before any work: an unwritable output found after an hour of training loses the hour.
        AtomicOutput.checkWritable(out);
        AtomicOutput.checkWritable(ModelCardJson.sidecarOf(out));
        if (checkpointDir != null) {
            AtomicOutput.checkWritableDirectory(checkpointDir);
        }
        long startNanos = System.nanoTime();
        Instant started = Instant.now();
        DataOptions.Splits data = dataOptions.open(baseline.map(m -> m.rmmOptions(RmmOptions.DEFAULTS))
                .orElse(RmmOptions.DEFAULTS));
        if (baseline.isPresent()) {
            return fitBaseline(baseline.get(), scale, data, started, startNanos);
        }
        RmmBatchSource training = data.training();
        RmmBatchSource validation = data.validation();

        TrainingProgress progressDisplay = new TrainingProgress(spec.commandLine().getErr(),
                progress != null ? progress : System.console() != null, epochs);
        AnomalyModel anomalyModel = resume ? ModelCheckpoint.load(checkpointDir.resolve(CheckpointWriter.LAST))
                : newModel(training, progressDisplay);
        TrainingListener listener = progressDisplay;
        if (checkpointDir != null) {
            Files.createDirectories(checkpointDir);
            listener = TrainingListener.all(progressDisplay, new CheckpointWriter(anomalyModel, checkpointDir));
        }
        Trainer trainer = new Trainer(options, listener);
        TrainingResult result = QuietStdout.during(() -> trainer.train(anomalyModel, training, validation));

        ValidationScores scores = ValidationScores.collect(anomalyModel, validation.labelledBatches());
        CardThresholds thresholds = thresholds(scores, scale);
        String architectureName = resume ? anomalyModel.architecture().toSpecString() : model;
        ModelCard card = ModelCardFactory.create(modelId(started), data.layout(), data.rmmOptions(),
                data.selection(), architectureName, anomalyModel, thresholds.thresholds(),
                provenance(training, validation, result.epochs().size(),
                        result.epochs().get(result.bestEpoch() - 1).trainingLoss(), result.bestValidationLoss(),
                        started));
        OnnxExporter.export(anomalyModel, ModelCardJson.toJson(card), out);
        Path sidecar = ModelCardJson.sidecarOf(out);
        ModelCardJson.write(card, sidecar);
        new TrainingSummary(spec.commandLine().getOut()).print(card, TrainingSummary.trainingLine(card, result),
                training, validation, scores, thresholds, out, sidecar, (System.nanoTime() - startNanos) / 1e9);
        return 0;
    }

    /**
     * The baseline path: fit on the training split, then the same validation scores, thresholds, card and
     * outputs as an autoencoder. The card's losses are the weighted mean scores of the two splits.
     */
    private int fitBaseline(BaselineMethod method, ScoreScale scale, DataOptions.Splits data, Instant started,
                            long startNanos) throws IOException {
        Scaling scaling = choice("--scaler", scaler, Scaling.class);
        BaselineOptions options = usage(() -> new BaselineOptions(scaling, pcaVariance, pcaAxes, trees, subsample,
                seed, bins));
        RmmBatchSource training = data.training();
        RmmBatchSource validation = data.validation();
        long fitStart = System.nanoTime();
        BaselineModel fitted = BaselineFitter.fit(method, training, data.layout().cells(), options);
        double fitSeconds = (System.nanoTime() - fitStart) / 1e9;
        double trainingMean = fitted.weightedMeanScore(training);
        ValidationScores scores = ValidationScores.collect(fitted::scores, validation.labelledBatches());
        CardThresholds thresholds = thresholds(scores, scale);
        WeightedMean validationMean = new WeightedMean();
        double[] backgroundScores = scores.backgroundScores();
        double[] backgroundWeights = scores.backgroundWeights();
        for (int i = 0; i < backgroundScores.length; i++) {
            validationMean.add(backgroundScores[i], backgroundWeights[i]);
        }
        ModelCard card = ModelCardFactory.create(modelId(started), data.layout(), data.rmmOptions(),
                data.selection(), fitted, thresholds.thresholds(), provenance(training, validation, 0, trainingMean,
                        validationMean.mean("background validation"), started));
        BaselineExporter.export(fitted, ModelCardJson.toJson(card), out);
        Path sidecar = ModelCardJson.sidecarOf(out);
        ModelCardJson.write(card, sidecar);
        String fitLine = String.format(Locale.ROOT, "fit       %s in %.1f s; weighted mean score: training %.5g, "
                + "validation background %.5g", method.id(), fitSeconds, trainingMean, card.provenance().validationLoss());
        new TrainingSummary(spec.commandLine().getOut()).print(card, fitLine, training, validation, scores,
                thresholds, out, sidecar, (System.nanoTime() - startNanos) / 1e9);
        return 0;
    }

    /** The card's cuts, and its expected spectra from the validation background's masses. */
    private CardThresholds thresholds(ValidationScores scores, ScoreScale scale) {
        return ThresholdCalculator.compute(scores.backgroundScores(), scores.backgroundWeights(),
                scores.backgroundMasses().orElseThrow(), scale, luminosityPb());
    }

    private AnomalyModel newModel(RmmBatchSource training, TrainingProgress progressDisplay) {
        ArchitectureSpec architecture = usage(() -> Architectures.parse(model));
        Scaling scaling = choice("--scaler", scaler, Scaling.class);
        ReconstructionError error = choice("--score", score, ReconstructionError.class);
        Objective objective = usage(() -> new Objective(error, beta, scoreKlWeight));
        CellStatistics statistics = CellStatistics.collect(training);
        if (statistics.events() == 0) {
            throw new IllegalStateException("no event of the training split passed: " + String.join("; ",
                    SelectionCountsText.lines(dataOptions.selection, training.firstPass().orElseThrow().selection())));
        }
        progressDisplay.expectEventsPerEpoch(statistics.events());
        return AnomalyModel.create(architecture, statistics.preprocessor(scaling), objective, seed);
    }

    private ModelCard.Provenance provenance(RmmBatchSource training, RmmBatchSource validation, int epochs,
                                            double trainingLoss, double validationLoss, Instant started)
            throws IOException {
        PassSummary trainingPass = training.firstPass().orElseThrow();
        List<ModelCard.Archive> archives = new ArrayList<>();
        for (int i = 0; i < training.archives().size(); i++) {
            Path archive = training.archives().get(i);
            archives.add(new ModelCard.Archive(archive.toString(), ArchiveDigest.sha256(archive),
                    trainingPass.archiveRecords().get(i)));
        }
        return new ModelCard.Provenance(archives, seed, epochs, trainingLoss, validationLoss, trainingPass.selection().accepted(),
                validation.firstPass().orElseThrow().selection().accepted(), luminosityPb(), started.toString(),
                softwareVersion());
    }

    private String modelId(Instant started) {
        String name = out.getFileName().toString().replaceFirst("\\.onnx$", "");
        return name + "-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(started);
    }

    static String softwareVersion() {
        String version = TrainCommand.class.getPackage().getImplementationVersion();
        return "adtrigger-trainer " + (version == null ? "development" : version);
    }

    private <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        return OptionValues.choice(spec, option, value, type);
    }

    private <T> T usage(Supplier<T> parse) {
        return OptionValues.usage(spec, parse);
    }
}
