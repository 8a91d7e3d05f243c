package org.adtrigger.trainer.bench;

import java.util.List;

/**
 * What one method achieves on one signal, as its {@code evaluate} report gives it.
 *
 * @param signal       the signal sample
 * @param method       the {@code train --model} value
 * @param auc          area under the weighted ROC curve of the method's score
 * @param efficiencies ε_S and SI at ε_B = 1e-2, 1e-3, 1e-4, with the background events left above each cut
 * @param tiers        s, b, Z and Asimov Z with no cut (tier 0) and after each of the model card's tiers
 */
record PhysicsRow(String signal, String method, double auc, List<Efficiency> efficiencies, List<TierSignificance> tiers) {

    /**
     * @param backgroundEfficiency  the ε_B of the working point
     * @param signalEfficiency      ε_S there
     * @param significanceImprovement SI = ε_S/√ε_B
     * @param backgroundEventsAbove validation background events (raw) above the cut
     * @param sufficientStatistics  whether that is enough to quote ε_S and SI as measured numbers
     */
    record Efficiency(double backgroundEfficiency, double signalEfficiency, double significanceImprovement,
                      int backgroundEventsAbove, boolean sufficientStatistics) {
    }

    /**
     * @param tier       0 (no cut) to 3: events with tier ≥ this
     * @param signal     s, expected signal events
     * @param background b, expected background events
     * @param z          s/√b
     * @param asimovZ    the Asimov significance
     */
    record TierSignificance(int tier, double signal, double background, double z, double asimovZ) {
    }
}
