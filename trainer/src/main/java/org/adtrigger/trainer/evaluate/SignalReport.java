package org.adtrigger.trainer.evaluate;

import java.util.List;
import java.util.Locale;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.WeightedCount;

/**
 * Everything the report says about one signal sample against the whole background.
 *
 * @param sample          the signal's sample name (events are grouped by {@code Event.sample})
 * @param events          selected events of the sample (raw count)
 * @param expected        their Σw and Σw²: expected events at the report's luminosity
 * @param autoencoder     ROC figures of the anomaly score
 * @param metBaseline     ROC figures of E_T^miss alone
 * @param tiers           s, b, Z per tier of the card, with the E_T^miss scan inside each
 * @param beatsOnAuc      whether the autoencoder's AUC is above the baseline's
 * @param beatsAtMilli    whether its ε_S at ε_B = 1e-3 is above the baseline's
 * @param verdict         the comparison in words
 */
public record SignalReport(String sample, int events, WeightedCount expected, RocSummary autoencoder,
                           RocSummary metBaseline, List<TierResult> tiers, boolean beatsOnAuc,
                           boolean beatsAtMilli, String verdict) {

    /** The ε_B at which the comparison beyond the AUC is made. */
    public static final double COMPARISON_EFFICIENCY = 1e-3;

    /** @param method what the model is called in the verdict ({@link MethodName}) */
    public static SignalReport of(String sample, ScoredEvents signal, ScoredEvents background,
                                  ModelCard.Thresholds thresholds, String method) {
        RocSummary ae = RocSummary.of(signal.sample(Discriminant.AE_SCORE), background.sample(Discriminant.AE_SCORE));
        RocSummary met = RocSummary.of(signal.sample(Discriminant.MET), background.sample(Discriminant.MET));
        boolean onAuc = ae.auc() > met.auc();
        double aeMilli = ae.signalEfficiencyAt(COMPARISON_EFFICIENCY);
        double metMilli = met.signalEfficiencyAt(COMPARISON_EFFICIENCY);
        boolean atMilli = aeMilli > metMilli;
        return new SignalReport(sample, signal.size(), signal.sample(Discriminant.AE_SCORE).total(), ae, met,
                TierResult.all(signal, background, thresholds), onAuc, atMilli,
                verdict(method, onAuc, atMilli, ae.auc(), met.auc(), aeMilli, metMilli));
    }

    static String verdict(String method, boolean onAuc, boolean atMilli, double aeAuc, double metAuc,
                          double aeMilli, double metMilli) {
        String numbers = String.format(Locale.ROOT, "AUC %.3f vs %.3f, ε_S at ε_B = 1e-3 %.3g vs %.3g",
                aeAuc, metAuc, aeMilli, metMilli);
        if (onAuc && atMilli) {
            return "The " + method + " model beats the E_T^miss baseline on both counts (" + numbers + ").";
        }
        if (onAuc) {
            return "The " + method + " model beats the E_T^miss baseline on AUC but not at ε_B = 1e-3 (" + numbers
                    + ").";
        }
        if (atMilli) {
            return "The " + method + " model beats the E_T^miss baseline at ε_B = 1e-3 but not on AUC (" + numbers
                    + ").";
        }
        return "The E_T^miss baseline beats the " + method + " model on both counts (" + numbers + ").";
    }
}
