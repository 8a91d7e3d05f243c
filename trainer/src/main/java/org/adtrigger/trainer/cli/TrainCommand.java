package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.model.ModelCardJson;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.core.stats.ScoreScale;
import org.adtrigger.trainer.arch.ArchitectureSpec;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.ModelCheckpoint;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.onnx.OnnxExporter;
import org.adtrigger.trainer.pipeline.ArchivePaths;
import org.adtrigger.trainer.pipeline.PassSummary;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.thresholds.CardThresholds;
import org.adtrigger.trainer.thresholds.ThresholdCalculator;
import org.adtrigger.trainer.thresholds.ValidationScores;
import org.adtrigger.trainer.train.Trainer;
import org.adtrigger.trainer.train.TrainingListener;
import org.adtrigger.trainer.train.TrainingOptions;
import org.adtrigger.trainer.train.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger train}: cell statistics over the training split → model → training with early stopping
 * → validation scores → thresholds from the weighted background → model card → ONNX file and JSON sidecar.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train an autoencoder on SM Monte Carlo archives and export it as ONNX with its model card.",
                "Events are split 80/20 into training and validation by a hash of (run, event number, sample)."})
final class TrainCommand implements Callable<Integer> {
    /** Relative validation-loss gain below which an epoch does not count as an improvement. */
    private static final double MIN_RELATIVE_IMPROVEMENT = 1e-3;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "Avro event archives; glob patterns (quoted) are expanded, e.g. 'bkg*.avro'.")
    List<String> data;

    @Option(names = "--preset", defaultValue = "T4N6655", paramLabel = "LAYOUT",
            description = "RMM layout: T4N6655, T5N10, T<k>N<n> or type:count,... (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--selection", defaultValue = "none", paramLabel = "PRESET",
            description = "Event selection: thesis-3lep, thesis-2lep, atlas-1lep, none (default: ${DEFAULT-VALUE}).")
    String selection;

    @Option(names = "--model", defaultValue = "ae-small", paramLabel = "ARCH",
            description = "ae-small, ae-large, vae (= vae-small), vae-large or a spec such as 256,64,256:tanh or "
                    + "vae:300,50,300:elu (default: ${DEFAULT-VALUE}).")
    String model;

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

    @Option(names = "--epochs", defaultValue = "20", paramLabel = "N",
            description = "Maximum number of epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--batch", defaultValue = "256", paramLabel = "N",
            description = "Events per mini-batch (default: ${DEFAULT-VALUE}).")
    int batch;

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

    @Option(names = "--lumi", defaultValue = "10000", paramLabel = "PB-1",
            description = "Luminosity the event weights are normalised to, in pb^-1 (default: ${DEFAULT-VALUE} = 10 fb^-1).")
    double luminosityPb;

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
        RmmLayout layout = usage(() -> RmmLayout.parse(preset));
        SelectionPreset selectionPreset = usage(() -> SelectionPreset.byId(selection));
        ScoreScale scale = choice("--threshold-space", thresholdSpace, ScoreScale.class);
        TrainingOptions options = usage(() -> new TrainingOptions(epochs, learningRate, patience,
                MIN_RELATIVE_IMPROVEMENT, seed));
        if (resume && checkpointDir == null) {
            throw new ParameterException(spec.commandLine(), "--resume needs --checkpoint-dir");
        }
        Nd4jThreads.limit(positive("--threads", threads));
        long startNanos = System.nanoTime();
        Instant started = Instant.now();
        List<Path> archives = ArchivePaths.expand(data);
        SplitAssignment assignment = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);
        RmmOptions rmmOptions = RmmOptions.DEFAULTS;
        RmmBatchSource training = new RmmBatchSource(archives, layout, rmmOptions, selectionPreset, assignment,
                Split.TRAINING, positive("--batch", batch));
        RmmBatchSource validation = new RmmBatchSource(archives, layout, rmmOptions, selectionPreset, assignment,
                Split.VALIDATION, batch);

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
        CardThresholds thresholds = ThresholdCalculator.compute(scores.backgroundScores(),
                scores.backgroundWeights(), scale, luminosityPb);
        String architectureName = resume ? anomalyModel.architecture().toSpecString() : model;
        ModelCard card = ModelCardFactory.create(modelId(started), layout, rmmOptions, selectionPreset,
                architectureName, anomalyModel, thresholds.thresholds(),
                provenance(training, validation, result, started));
        OnnxExporter.export(anomalyModel, ModelCardJson.toJson(card), out);
        Path sidecar = ModelCardJson.sidecarOf(out);
        ModelCardJson.write(card, sidecar);
        new TrainingSummary(spec.commandLine().getOut()).print(card, result, training, validation, scores,
                thresholds, out, sidecar, (System.nanoTime() - startNanos) / 1e9);
        return 0;
    }

    private AnomalyModel newModel(RmmBatchSource training, TrainingProgress progressDisplay) {
        ArchitectureSpec architecture = usage(() -> Architectures.parse(model));
        Scaling scaling = choice("--scaler", scaler, Scaling.class);
        ReconstructionError error = choice("--score", score, ReconstructionError.class);
        Objective objective = usage(() -> new Objective(error, beta, scoreKlWeight));
        CellStatistics statistics = CellStatistics.collect(training);
        if (statistics.events() == 0) {
            throw new IllegalStateException("no event of the training split passed selection '" + selection + "'");
        }
        progressDisplay.expectEventsPerEpoch(statistics.events());
        return AnomalyModel.create(architecture, statistics.preprocessor(scaling), objective, seed);
    }

    private ModelCard.Provenance provenance(RmmBatchSource training, RmmBatchSource validation,
                                            TrainingResult result, Instant started) throws IOException {
        PassSummary trainingPass = training.firstPass().orElseThrow();
        List<ModelCard.Archive> archives = new ArrayList<>();
        for (int i = 0; i < training.archives().size(); i++) {
            Path archive = training.archives().get(i);
            archives.add(new ModelCard.Archive(archive.toString(), ArchiveDigest.sha256(archive),
                    trainingPass.archiveRecords().get(i)));
        }
        double trainingLoss = result.epochs().get(result.bestEpoch() - 1).trainingLoss();
        return new ModelCard.Provenance(archives, seed, result.epochs().size(), trainingLoss,
                result.bestValidationLoss(), trainingPass.selection().accepted(),
                validation.firstPass().orElseThrow().selection().accepted(), luminosityPb, started.toString(),
                softwareVersion());
    }

    private String modelId(Instant started) {
        String name = out.getFileName().toString().replaceFirst("\\.onnx$", "");
        return name + "-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(started);
    }

    private static String softwareVersion() {
        String version = TrainCommand.class.getPackage().getImplementationVersion();
        return "adtrigger-trainer " + (version == null ? "development" : version);
    }

    private int positive(String option, int value) {
        if (value <= 0) {
            throw new ParameterException(spec.commandLine(), option + " must be positive, got " + value);
        }
        return value;
    }

    /** The constant of {@code type} named {@code value} in option style (min-max for MIN_MAX). */
    private <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (optionName(constant).equals(value.trim().toLowerCase(Locale.ROOT))) {
                return constant;
            }
        }
        throw new ParameterException(spec.commandLine(), "unknown " + option + " '" + value + "'; expected one of "
                + Arrays.stream(type.getEnumConstants()).map(TrainCommand::optionName).collect(Collectors.joining(", ")));
    }

    private static String optionName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Runs {@code parse}, turning its IllegalArgumentException into a usage error (exit code 2). */
    private <T> T usage(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
