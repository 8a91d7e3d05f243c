package org.adtrigger.trainer.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.WeightedCount;

/**
 * The numbers of an evaluation report: the background by process and every signal sample against the whole
 * background, with the card's tiers.
 *
 * @param background per background process: events and expected yield
 * @param signals    one report per signal sample, in order of first appearance
 */
public record Evaluation(List<ProcessYield> background, List<SignalReport> signals) {

    /** A process's selected events (raw) and expected yield (Σw, Σw²) at the report's luminosity. */
    public record ProcessYield(String sample, int events, WeightedCount expected) {
    }

    /**
     * @throws IllegalArgumentException when there is no background or no signal event to compare
     */
    public static Evaluation of(ScoredEvents background, ScoredEvents signals, ModelCard card) {
        ModelCard.Thresholds thresholds = card.thresholds();
        if (background.size() == 0 || signals.size() == 0) {
            throw new IllegalArgumentException("nothing to compare: " + background.size() + " background and "
                    + signals.size() + " signal events passed the selection");
        }
        List<ProcessYield> processes = new ArrayList<>();
        for (String sample : background.sampleNames()) {
            ScoredEvents process = background.ofSample(sample);
            processes.add(new ProcessYield(sample, process.size(), process.sample(Discriminant.MET).total()));
        }
        List<SignalReport> reports = new ArrayList<>();
        for (String sample : signals.sampleNames()) {
            reports.add(SignalReport.of(sample, signals.ofSample(sample), background, thresholds,
                    MethodName.of(card)));
        }
        return new Evaluation(processes, reports);
    }
}
