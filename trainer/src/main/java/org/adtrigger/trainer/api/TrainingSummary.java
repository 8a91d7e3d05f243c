package org.adtrigger.trainer.api;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.trigger.BackgroundTail;
import org.adtrigger.core.trigger.CardCuts;
import org.adtrigger.core.selection.SelectionCounts;
import org.adtrigger.core.selection.SelectionCountsText;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.thresholds.CardThresholds;
import org.adtrigger.trainer.thresholds.ValidationScores;
import org.adtrigger.trainer.train.EpochReport;
import org.adtrigger.trainer.train.TrainingResult;

/** The few lines {@code adtrigger train} prints on stdout when it is done. */
final class TrainingSummary {
    private final PrintWriter out;

    TrainingSummary(PrintWriter out) {
        this.out = out;
    }

    /** The line on the epochs an autoencoder trained for. */
    static String trainingLine(ModelCard card, TrainingResult result) {
        double trainingSeconds = result.epochs().stream().mapToDouble(EpochReport::trainingSeconds).sum();
        long trainedEvents = result.epochs().stream().mapToLong(EpochReport::trainingEvents).sum();
        return String.format(Locale.ROOT, "training  %d epoch(s)%s, best epoch %d: validation loss %.5g, "
                        + "training loss %.5g; %.0f events/s", result.epochs().size(),
                result.stoppedEarly() ? " (stopped early)" : "", result.bestEpoch(), result.bestValidationLoss(),
                card.provenance().trainLoss(), trainedEvents / trainingSeconds)
                + (result.stillImproving().isPresent() ? System.lineSeparator() + convergenceWarning(result) : "");
    }

    /** Training reached the epoch cap with the validation loss still falling. */
    static String convergenceWarning(TrainingResult result) {
        List<EpochReport> epochs = result.epochs();
        return String.format(Locale.ROOT, "warning   not converged: the last of the %d epochs (the --epochs cap) "
                        + "still lowered the validation loss by %.1f %% (%.5g to %.5g); raise --epochs",
                epochs.size(), 100 * result.stillImproving().orElseThrow(),
                epochs.get(epochs.size() - 2).validationLoss(), epochs.get(epochs.size() - 1).validationLoss());
    }

    /** @param fitLine how the model was trained or fitted, one line */
    void print(ModelCard card, String fitLine, RmmBatchSource training, RmmBatchSource validation,
               ValidationScores scores, CardThresholds thresholds, Path model, Path sidecar, double seconds) {
        long records = training.firstPass().orElseThrow().archiveRecords().stream().mapToLong(Long::longValue).sum();
        line("model     %s, RMM %s (%d of %d cells kept), scaler %s, score %s", card.architecture(),
                card.features().rmmLayout(), card.features().keptCells().length, card.features().inputWidth(),
                card.scaler(), card.score().definition());
        line("data      %d archive(s), %d events; selection %s: %s; %s", training.archives().size(), records,
                card.selection(), selected("training", training), selected("validation", validation));
        SelectionCountsText.lines(card.selection(), training.firstPass().orElseThrow().selection()).stream()
                .skip(1).forEach(l -> line("training  %s", l));
        card.features().metPhiNote().ifPresent(note -> line("note      model %s", note));
        out.println(fitLine);
        ModelCard.Thresholds t = card.thresholds();
        line("tiers     %s median %.5g; cuts %s; background pass fractions %s (from %d background events, "
                        + "%d signal events excluded)", t.space(), t.median(), numbers(t.tierCuts()),
                numbers(t.tierPassFractions()), scores.backgroundEvents(), scores.signalEvents());
        line("eff_B     %s", points(t.efficiencyPoints(), ""));
        line("sigma_B   %s", points(t.crossSectionPoints(), " pb"));
        ModelCard.BackgroundQuantiles q = t.backgroundQuantiles();
        if (q != null) {
            // what the stream's operating points (anomaly.operating.point) can use from this card
            line("quantiles %d rows for the stream's operating points; %.4g pb of background; eff_B down to %.3g "
                            + "has >= %d validation events above its cut", q.rows().size(), q.crossSectionPb(),
                    BackgroundTail.smallestUsableEfficiency(q, CardCuts.MIN_EVENTS_BEHIND), CardCuts.MIN_EVENTS_BEHIND);
        }
        if (!thresholds.tailPointIncluded()) {
            line("note      eff_B = 1e-5 not stored: too few background events in the validation tail");
        }
        thresholds.warnings().forEach(w -> line("warning   %s", w));
        line("wrote     %s and %s in %.1f s", model, sidecar, seconds);
        out.flush();
    }

    private static String selected(String split, RmmBatchSource source) {
        SelectionCounts counts = source.firstPass().orElseThrow().selection();
        String rejected = counts.rejectedEvents().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s %d of %d%s", split, counts.accepted(), counts.seen(),
                rejected.isEmpty() ? "" : " (rejected: " + rejected + ")");
    }

    private static String points(List<ModelCard.WorkingPoint> points, String unit) {
        return points.stream().map(p -> String.format(Locale.ROOT, "%s%s: cut %.5g (pass %.3g%s)", p.target(), unit,
                p.cut(), p.backgroundPassFraction(), Boolean.FALSE.equals(p.meaningful()) ? ", not meaningful" : ""))
                .collect(Collectors.joining("; "));
    }

    private static String numbers(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.4g", v))
                .collect(Collectors.joining(" "));
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
