package org.adtrigger.trainer.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.core.selection.SelectionCountsText;
import org.adtrigger.card.ModelCardJson;
import org.adtrigger.trainer.baseline.BaselineFitter;
import org.adtrigger.trainer.baseline.BaselineModel;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.ModelCheckpoint;
import org.adtrigger.trainer.onnx.BaselineExporter;
import org.adtrigger.trainer.onnx.OnnxExporter;
import org.adtrigger.trainer.pipeline.PassSummary;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.thresholds.CardThresholds;
import org.adtrigger.trainer.thresholds.ThresholdCalculator;
import org.adtrigger.trainer.thresholds.ValidationScores;
import org.adtrigger.trainer.train.Trainer;
import org.adtrigger.trainer.train.TrainingListener;
import org.adtrigger.trainer.train.TrainingResult;
import org.adtrigger.trainer.train.WeightedMean;

/**
 * A training run: cell statistics over the training split → model → training with early stopping → validation
 * scores → thresholds from the weighted background → model card → ONNX file and JSON sidecar; a baseline is
 * fitted instead and gets the same scores, thresholds, card and outputs.
 */
public final class TrainingRun {
    private static final double PB_PER_FB = 1000;

    private final TrainRequest request;
    private final PrintWriter out;
    private final PrintWriter err;

    /**
     * @param out where the summary goes when the run is done
     * @param err where the progress bar goes, when the request asks for one
     */
    private TrainingRun(TrainRequest request, PrintWriter out, PrintWriter err) {
        this.request = request;
        this.out = out;
        this.err = err;
    }

    /** Trains (or fits) the requested model, writes it with its card and prints the summary to {@code out}. */
    public static TrainedModel run(TrainRequest request, PrintWriter out, PrintWriter err) throws IOException {
        return new TrainingRun(request, out, err).run();
    }

    private TrainedModel run() throws IOException {
        Nd4jThreads.limit(request.threads());
        checkOutputs(request.out(), request.checkpointDir());
        long startNanos = System.nanoTime();
        Instant started = Instant.now();
        RmmOptions rmmOptions = request.model() instanceof ModelChoice.Baseline b
                ? b.method().rmmOptions(RmmOptions.DEFAULTS) : RmmOptions.DEFAULTS;
        TrainingData data = TrainingData.open(request.archives(), request.layout(), rmmOptions, request.selection(),
                request.batchSize());
        if (request.model() instanceof ModelChoice.Baseline baseline) {
            return fitBaseline(baseline, data, started, startNanos);
        }
        return train((ModelChoice.Autoencoder) request.model(), data, started, startNanos);
    }

    private TrainedModel train(ModelChoice.Autoencoder choice, TrainingData data, Instant started, long startNanos)
            throws IOException {
        RmmBatchSource training = data.training();
        RmmBatchSource validation = data.validation();
        Path checkpointDir = request.checkpointDir();
        TrainingProgress progressDisplay = new TrainingProgress(err, request.progressBar(),
                choice.training().maxEpochs());
        AnomalyModel anomalyModel = request.resume() ? ModelCheckpoint.load(checkpointDir.resolve(CheckpointWriter.LAST))
                : newModel(choice, training, progressDisplay);
        TrainingListener listener = progressDisplay;
        if (checkpointDir != null) {
            Files.createDirectories(checkpointDir);
            listener = TrainingListener.all(progressDisplay, new CheckpointWriter(anomalyModel, checkpointDir));
        }
        Trainer trainer = new Trainer(choice.training(), listener);
        TrainingResult result = QuietStdout.during(() -> trainer.train(anomalyModel, training, validation));

        ValidationScores scores = ValidationScores.collect(anomalyModel, validation.labelledBatches());
        CardThresholds thresholds = thresholds(scores);
        String architectureName = request.resume() ? anomalyModel.architecture().toSpecString() : choice.name();
        ModelCard card = ModelCardFactory.create(modelId(started), data.layout(), data.rmmOptions(),
                data.selection(), architectureName, anomalyModel, thresholds.thresholds(),
                provenance(training, validation, result.epochs().size(),
                        result.epochs().get(result.bestEpoch() - 1).trainingLoss(), result.bestValidationLoss(),
                        started));
        OnnxExporter.export(anomalyModel, ModelCardJson.toJson(card), request.out());
        return written(card, TrainingSummary.trainingLine(card, result), data, scores, thresholds, startNanos);
    }

    /** The baseline path. The card's losses are the weighted mean scores of the two splits. */
    private TrainedModel fitBaseline(ModelChoice.Baseline choice, TrainingData data, Instant started,
                                     long startNanos) throws IOException {
        RmmBatchSource training = data.training();
        RmmBatchSource validation = data.validation();
        long fitStart = System.nanoTime();
        BaselineModel fitted = BaselineFitter.fit(choice.method(), training, data.layout().cells(), choice.options());
        double fitSeconds = (System.nanoTime() - fitStart) / 1e9;
        double trainingMean = fitted.weightedMeanScore(training);
        ValidationScores scores = ValidationScores.collect(fitted::scores, validation.labelledBatches());
        CardThresholds thresholds = thresholds(scores);
        WeightedMean validationMean = new WeightedMean();
        double[] backgroundScores = scores.backgroundScores();
        double[] backgroundWeights = scores.backgroundWeights();
        for (int i = 0; i < backgroundScores.length; i++) {
            validationMean.add(backgroundScores[i], backgroundWeights[i]);
        }
        ModelCard card = ModelCardFactory.create(modelId(started), data.layout(), data.rmmOptions(),
                data.selection(), fitted, thresholds.thresholds(), provenance(training, validation, 0, trainingMean,
                        validationMean.mean("background validation"), started));
        BaselineExporter.export(fitted, ModelCardJson.toJson(card), request.out());
        String fitLine = String.format(Locale.ROOT, "fit       %s in %.1f s; weighted mean score: training %.5g, "
                + "validation background %.5g", choice.method().id(), fitSeconds, trainingMean,
                card.provenance().validationLoss());
        return written(card, fitLine, data, scores, thresholds, startNanos);
    }

    /** Writes the card next to the ONNX file (already written) and prints the summary. */
    private TrainedModel written(ModelCard card, String fitLine, TrainingData data, ValidationScores scores,
                                 CardThresholds thresholds, long startNanos) throws IOException {
        Path sidecar = ModelCardJson.sidecarOf(request.out());
        ModelCardJson.write(card, sidecar);
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        new TrainingSummary(out).print(card, fitLine, data.training(), data.validation(), scores, thresholds,
                request.out(), sidecar, seconds);
        return new TrainedModel(request.out(), sidecar, card, seconds);
    }

    private AnomalyModel newModel(ModelChoice.Autoencoder choice, RmmBatchSource training,
                                  TrainingProgress progressDisplay) {
        CellStatistics statistics = CellStatistics.collect(training);
        if (statistics.events() == 0) {
            throw new IllegalStateException("no event of the training split passed: " + String.join("; ",
                    SelectionCountsText.lines(request.selection().id(),
                            training.firstPass().orElseThrow().selection())));
        }
        progressDisplay.expectEventsPerEpoch(statistics.events());
        return AnomalyModel.create(choice.architecture(), statistics.preprocessor(choice.scaling()),
                choice.objective(), choice.seed());
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
        return new ModelCard.Provenance(archives, request.model().seed(), epochs, trainingLoss, validationLoss,
                trainingPass.selection().accepted(), validation.firstPass().orElseThrow().selection().accepted(),
                luminosityPb(), started.toString(), softwareVersion());
    }

    /** The card's cuts, and its expected spectra from the validation background's masses. */
    private CardThresholds thresholds(ValidationScores scores) {
        return ThresholdCalculator.compute(scores.backgroundScores(), scores.backgroundWeights(),
                scores.backgroundMasses().orElseThrow(), request.thresholdSpace(), luminosityPb());
    }

    private double luminosityPb() {
        return request.luminosityFb() * PB_PER_FB;
    }

    private String modelId(Instant started) {
        String name = request.out().getFileName().toString().replaceFirst("\\.onnx$", "");
        return name + "-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC)
                .format(started);
    }

    /**
     * Refuses an output that cannot be written, naming the path and the reason: done before any work, as an
     * unwritable output found after an hour of training loses the hour.
     *
     * @param checkpointDir null for none
     */
    public static void checkOutputs(Path out, Path checkpointDir) throws IOException {
        AtomicOutput.checkWritable(out);
        AtomicOutput.checkWritable(ModelCardJson.sidecarOf(out));
        if (checkpointDir != null) {
            AtomicOutput.checkWritableDirectory(checkpointDir);
        }
    }

    /** The software and version recorded in cards and reports. */
    public static String softwareVersion() {
        String version = TrainingRun.class.getPackage().getImplementationVersion();
        return "adtrigger-trainer " + (version == null ? "development" : version);
    }
}
