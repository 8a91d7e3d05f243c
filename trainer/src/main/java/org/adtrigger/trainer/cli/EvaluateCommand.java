package org.adtrigger.trainer.cli;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ProgressBar;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.selection.SelectionCountsText;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.trainer.evaluate.EventScoring;
import org.adtrigger.trainer.evaluate.Evaluation;
import org.adtrigger.trainer.evaluate.ReportContext;
import org.adtrigger.trainer.evaluate.ReportContext.InputArchive;
import org.adtrigger.trainer.evaluate.ReportWriter;
import org.adtrigger.trainer.evaluate.ScoredEvents;
import org.adtrigger.trainer.evaluate.SignalReport;
import org.adtrigger.trainer.pipeline.ArchivePaths;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.trainer.pipeline.SplitEventIterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger evaluate}: scores the background's validation split and every signal event with the ONNX
 * model (the stream's scorer, the card's selection and RMM), then writes the report: metrics.json, PNG plots
 * and index.html.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Evaluate a trained model against signal samples: ROC and AUC vs an E_T^miss baseline,",
                "efficiencies at fixed background efficiency, significance per tier and vs an E_T^miss cut."})
final class EvaluateCommand implements Callable<Integer> {
    private static final double PB_PER_FB = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "ONNX model with its card.")
    Path model;

    @Option(names = "--background", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "SM archives (globs allowed); only their validation split is used, as in training.")
    List<String> background;

    @Option(names = "--signals", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "Signal archives (globs allowed); every event is used, grouped by sample name.")
    List<String> signals;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report directory.")
    Path out;

    @Option(names = "--lumi", paramLabel = "FB-1",
            description = "Luminosity to quote yields at, in fb^-1 like every --lumi (default: the one the weights "
                    + "are normalised to, from the model card).")
    Double luminosityFb;

    @Mixin
    ScoringOptions scorerOptions;

    @Override
    public Integer call() throws IOException {
        ScorerSettings settings = scorerOptions.settings(spec);
        AtomicOutput.checkWritableDirectory(out);
        Instant started = Instant.now();
        long startNanos = System.nanoTime();
        List<Path> backgroundFiles = ArchivePaths.expand(background);
        List<Path> signalFiles = ArchivePaths.expand(signals);
        try (OnnxModel onnx = OnnxModel.load(model, settings)) {
            ModelCard card = onnx.card();
            double weightLumi = card.provenance() == null ? Double.NaN : card.provenance().luminosityPb();
            double lumi = reportLuminosity(weightLumi);
            double lumiFactor = Double.isNaN(weightLumi) ? 1.0 : lumi / weightLumi;
            SplitAssignment split = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);
            SelectionPreset selection = SelectionPreset.byId(card.selection());
            ScoredEvents backgroundEvents = new ScoredEvents();
            ScoredEvents signalEvents = new ScoredEvents();
            List<InputArchive> backgroundInputs;
            List<InputArchive> signalInputs;
            List<String> selectionLines = new ArrayList<>();
            ProgressBar bar = scorerOptions.showProgress() ? EventProgressBar.start("scoring", -1) : null;
            try (BatchScorer scorer = onnx.newScorer(scorerOptions.batch)) {
                EventScoring scoring = new EventScoring(scorer, card.features().newRmmBuilder());
                ProgressCounter counter = new ProgressCounter(bar);
                backgroundInputs = score(backgroundFiles, scoring, backgroundEvents, counter, card,
                        lumiFactor / split.validationFraction(), selectionLines,
                        files -> SplitEventIterator.of(files, selection.newSelector(), split, Split.VALIDATION));
                signalInputs = score(signalFiles, scoring, signalEvents, counter, card, lumiFactor, selectionLines,
                        files -> SplitEventIterator.all(files, selection.newSelector()));
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            double scoringSeconds = (System.nanoTime() - startNanos) / 1e9;
            Evaluation evaluation = Evaluation.of(backgroundEvents, signalEvents, card);
            ReportContext context = new ReportContext(model.toString(), ArchiveDigest.sha256(model), card,
                    spec.commandLine().getParseResult().originalArgs(), started.toString(),
                    TrainCommand.softwareVersion(), lumi, weightLumi, split.validationFraction(), backgroundInputs,
                    signalInputs, scoringSeconds);
            List<Path> written = ReportWriter.write(out, context, evaluation, backgroundEvents, signalEvents);
            selectionLines.forEach(spec.commandLine().getOut()::println);
            card.features().metPhiNote().ifPresent(note -> spec.commandLine().getOut().println("note: model "
                    + card.modelId() + " was " + note));
            summarize(spec.commandLine().getOut(), backgroundEvents, signalEvents, evaluation, written,
                    (System.nanoTime() - startNanos) / 1e9);
        }
        return 0;
    }

    private double reportLuminosity(double weightLumi) {
        if (luminosityFb == null) {
            return weightLumi;
        }
        if (Double.isNaN(weightLumi)) {
            throw new ParameterException(spec.commandLine(), "--lumi needs the luminosity the weights are "
                    + "normalised to, and the model card has no provenance");
        }
        return OptionValues.positive(spec, "--lumi", luminosityFb) * PB_PER_FB;
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
