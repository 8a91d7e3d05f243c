package org.adtrigger.trainer.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.selection.SelectionCountsText;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.trainer.evaluate.EventScoring;
import org.adtrigger.trainer.evaluate.Evaluation;
import org.adtrigger.trainer.evaluate.ReportContext;
import org.adtrigger.trainer.evaluate.ReportContext.InputArchive;
import org.adtrigger.trainer.evaluate.ReportWriter;
import org.adtrigger.trainer.evaluate.ScoredEvents;
import org.adtrigger.trainer.evaluate.SignalReport;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.trainer.pipeline.SplitEventIterator;

/**
 * An evaluation: scores the background's validation split and every signal event with the ONNX model (the
 * stream's scorer, the card's selection and RMM), then writes the report: metrics.json, PNG plots and
 * index.html.
 */
public final class ModelEvaluation {
    private static final double PB_PER_FB = 1000;

    /** A report luminosity asked for while the card does not say what the weights are normalised to. */
    public static final class LuminosityUnknown extends IllegalArgumentException {
        LuminosityUnknown() {
            super("--lumi needs the luminosity the weights are normalised to, and the model card has no provenance");
        }
    }

    private ModelEvaluation() {
    }

    /**
     * Evaluates, writes the report and prints the selection counts and a per-signal summary to {@code out}.
     *
     * @throws LuminosityUnknown when the request names a luminosity and the card has no provenance
     */
    public static EvaluationResult run(EvaluateRequest request, PrintWriter out) throws IOException {
        AtomicOutput.checkWritableDirectory(request.out());
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        try (OnnxModel onnx = OnnxModel.load(request.model(), request.scorer())) {
            ModelCard card = onnx.card();
            double weightLumi = card.provenance() == null ? Double.NaN : card.provenance().luminosityPb();
            double lumi = reportLuminosity(request.luminosityFb(), weightLumi);
            double lumiFactor = Double.isNaN(weightLumi) ? 1.0 : lumi / weightLumi;
            SplitAssignment split = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);
            SelectionPreset selection = SelectionPreset.byId(card.selection());
            ScoredEvents backgroundEvents = new ScoredEvents();
            ScoredEvents signalEvents = new ScoredEvents();
            List<InputArchive> backgroundInputs;
            List<InputArchive> signalInputs;
            List<String> selectionLines = new ArrayList<>();
            ProgressBar bar = request.progressBar() ? EventProgressBar.start("scoring", -1) : null;
            try (BatchScorer scorer = onnx.newScorer(request.batchSize())) {
                EventScoring scoring = new EventScoring(scorer, card.features().newRmmBuilder());
                ProgressCounter counter = new ProgressCounter(bar);
                backgroundInputs = score(request.background(), scoring, backgroundEvents, counter, card,
                        lumiFactor / split.validationFraction(), selectionLines,
                        files -> SplitEventIterator.of(files, selection.newSelector(), split, Split.VALIDATION));
                signalInputs = score(request.signals(), scoring, signalEvents, counter, card, lumiFactor,
                        selectionLines, files -> SplitEventIterator.all(files, selection.newSelector()));
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            double scoringSeconds = (System.nanoTime() - startNanos) / 1e9;
            Evaluation evaluation = Evaluation.of(backgroundEvents, signalEvents, card);
            ReportContext context = new ReportContext(request.model().toString(),
                    ArchiveDigest.sha256(request.model()), card, request.commandLine(), started.toString(),
                    TrainingRun.softwareVersion(), lumi, weightLumi, split.validationFraction(), backgroundInputs,
                    signalInputs, scoringSeconds);
            List<Path> written = ReportWriter.write(request.out(), context, evaluation, backgroundEvents,
                    signalEvents);
            selectionLines.forEach(out::println);
            card.features().metPhiNote().ifPresent(note -> out.println("note: model " + card.modelId() + " was "
                    + note));
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            summarize(out, backgroundEvents, signalEvents, evaluation, written, seconds);
            return new EvaluationResult(context, evaluation, written, seconds);
        }
    }

    private static double reportLuminosity(Double luminosityFb, double weightLumi) {
        if (luminosityFb == null) {
            return weightLumi;
        }
        if (Double.isNaN(weightLumi)) {
            throw new LuminosityUnknown();
        }
        return luminosityFb * PB_PER_FB;
    }

    /** Scores one archive at a time, so that each archive's selected events can be counted. */
    private static List<InputArchive> score(List<Path> files, EventScoring scoring, ScoredEvents table,
                                            ProgressCounter counter, ModelCard card, double weightFactor,
                                            List<String> selectionLines,
                                            Function<List<Path>, SplitEventIterator> events) throws IOException {
        Set<String> trainingDigests = new HashSet<>();
        if (card.provenance() != null) {
            card.provenance().archives().forEach(a -> trainingDigests.add(a.sha256()));
        }
        List<InputArchive> inputs = new ArrayList<>();
        for (Path file : files) {
            int before = table.size();
            long[] records;
            try (SplitEventIterator iterator = events.apply(List.of(file))) {
                scoring.scoreAll(iterator, weightFactor, table, counter.from());
                records = iterator.recordsPerArchive();
                if (!card.selection().equals(SelectionPreset.NONE.id())) {
                    SelectionCountsText.lines(card.selection(), iterator.selector().counts())
                            .forEach(line -> selectionLines.add(file.getFileName() + ": " + line));
                }
            }
            String sha = ArchiveDigest.sha256(file);
            inputs.add(new InputArchive(file.toString(), sha, records[0], table.size() - before,
                    trainingDigests.contains(sha)));
        }
        return inputs;
    }

    private static void summarize(PrintWriter out, ScoredEvents background, ScoredEvents signals,
                                  Evaluation evaluation, List<Path> written, double seconds) {
        out.printf(Locale.ROOT, "scored %d background (validation split) and %d signal events%n", background.size(),
                signals.size());
        out.printf(Locale.ROOT, "%-24s %10s %10s   %s%n", "signal", "AUC model", "AUC MET", "verdict");
        for (SignalReport s : evaluation.signals()) {
            out.printf(Locale.ROOT, "%-24s %10.4f %10.4f   %s%n", s.sample(), s.autoencoder().auc(),
                    s.metBaseline().auc(), s.verdict());
        }
        out.printf(Locale.ROOT, "wrote %d files to %s in %.1f s%n", written.size(),
                written.get(0).getParent(), seconds);
        out.flush();
    }

    /** A running event count over several archives, fed to the bar. */
    private static final class ProgressCounter {
        private final ProgressBar bar;
        private long total;

        ProgressCounter(ProgressBar bar) {
            this.bar = bar;
        }

        /** A consumer of one archive's running count. */
        LongConsumer from() {
            long base = total;
            return done -> {
                total = base + done;
                if (bar != null) {
                    bar.stepTo(total);
                }
            };
        }
    }
}
