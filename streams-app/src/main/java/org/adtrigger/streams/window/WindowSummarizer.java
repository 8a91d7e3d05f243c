package org.adtrigger.streams.window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adtrigger.core.stats.Significance;
import org.adtrigger.core.trigger.AcceptPull;
import org.adtrigger.schema.WindowSummary;

/**
 * Turns a closed window's tally into its {@link WindowSummary}, with expected background b and signal s
 * per tier level i:
 * <ul>
 *   <li>unlabeled events (data, or label UNKNOWN): b_i = Σ f_i over them, with f_i the background pass
 *       fraction for tier ≥ i of the card of the model that scored the event (f_i·N when one model scored
 *       the window's N events; during a roll-out each model's events are expected with its own card), and
 *       s_i = (observed with tier ≥ i) − b_i;</li>
 *   <li>labeled Monte Carlo: b_i = Σw of BACKGROUND events with tier ≥ i, s_i = Σw of SIGNAL events with
 *       tier ≥ i;</li>
 *   <li>a window holding both populations adds their b and their s.</li>
 * </ul>
 * Z = s/√b and the Asimov Z come from {@link Significance}; both are NaN where b = 0. The rate is the
 * number of scored events per second of window length. Quantiles: p50, p90, p99 of the score (of two
 * score scales in a window that {@code models} says two models scored). The tier counts need no card (the
 * tallies carry their expectations); the mass spectra's expectation is folded in from the cards given, by the
 * models' event counts the tally keeps.
 *
 * <p>Accepts: observed, expected b = Σ ε, the card's error on b, Σ √(ε(1−ε)/N_eff) (binomial per cut,
 * summed linearly), and the pull (observed − b)/√(b + card error²) ({@link AcceptPull}).
 */
public final class WindowSummarizer {
    private static final double[] QUANTILES = {0.5, 0.9, 0.99};
    /** Keys of {@link WindowSummary#getScoreQuantiles()}, in the order of {@code QUANTILES}. */
    static final List<String> QUANTILE_NAMES = List.of("p50", "p90", "p99");

    private WindowSummarizer() {
    }

    /** The summary without expected spectra (observed only). */
    public static WindowSummary summarize(String key, long startMs, long endMs, WindowTally tally) {
        return summarize(key, startMs, endMs, tally, Map.of());
    }

    /**
     * @param cards the expected spectra of the models the window merger knows, by model id (its own card's);
     *              a window with events of another model gets observed spectra only
     */
    static WindowSummary summarize(String key, long startMs, long endMs, WindowTally tally,
                                   Map<String, SpectrumExpectation> cards) {
        List<Long> counts = new ArrayList<>(WindowTally.LEVELS);
        List<Double> sumW = new ArrayList<>(WindowTally.LEVELS);
        List<Double> sumW2 = new ArrayList<>(WindowTally.LEVELS);
        List<Double> background = new ArrayList<>(WindowTally.LEVELS);
        List<Double> signal = new ArrayList<>(WindowTally.LEVELS);
        List<Double> z = new ArrayList<>(WindowTally.LEVELS);
        List<Double> asimovZ = new ArrayList<>(WindowTally.LEVELS);
        for (int i = 0; i < WindowTally.LEVELS; i++) {
            double expectedUnlabeled = tally.expectedUnlabeled(i);
            double b = expectedUnlabeled + tally.backgroundW(i);
            double s = tally.unlabeled(i) - expectedUnlabeled + tally.signalW(i);
            counts.add(tally.count(i));
            sumW.add(tally.sumW(i));
            sumW2.add(tally.sumW2(i));
            background.add(b);
            signal.add(s);
            z.add(Significance.simple(s, b).z());
            asimovZ.add(Significance.asimov(s, b).z());
        }
        double seconds = (endMs - startMs) / 1000.0;
        AcceptPull accepts = new AcceptPull(tally.accepted(), tally.expectedAccepted(), tally.acceptCardError());
        return WindowSummary.newBuilder()
                .setWindowStartMs(startMs)
                .setWindowEndMs(endMs)
                .setKeyType(WindowKey.typeOf(key))
                .setKey(WindowKey.nameOf(key))
                .setCounts(counts)
                .setSumW(sumW)
                .setSumW2(sumW2)
                .setExpectedBackground(background)
                .setObservedSignal(signal)
                .setZ(z)
                .setAsimovZ(asimovZ)
                .setRateHz(tally.count(0) / seconds)
                .setScoreQuantiles(quantiles(tally))
                .setModels(new ArrayList<>(tally.models()))
                .setAccepted(accepts.observed())
                .setExpectedAccepted(accepts.expected())
                .setExpectedAcceptedCardError(accepts.cardError())
                .setAcceptPull(accepts.pull())
                .setSpectra(tally.spectra() == null ? List.of() : tally.spectra().toSummary(cards))
                .build();
    }

    private static Map<String, Double> quantiles(WindowTally tally) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int q = 0; q < QUANTILES.length; q++) {
            out.put(QUANTILE_NAMES.get(q), tally.scoreQuantile(QUANTILES[q]));
        }
        return out;
    }
}
