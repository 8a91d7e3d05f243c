package org.adtrigger.trainer.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.model.ModelCard;

/**
 * An event selection on the anomaly score: the whole selection, a tier of the model card (tier ≥ i) or one
 * of its working points. An event is in the region when its score is strictly above the cut, as the card and
 * the stream define it.
 *
 * @param id    short name for files and JSON, e.g. {@code tier3}, {@code eb1e-03}
 * @param label what the report prints
 * @param cut   score cut; −∞ for the whole selection
 */
public record Region(String id, String label, double cut) {

    public boolean contains(double score) {
        return score > cut;
    }

    /** Whether this is an anomaly region (a cut on the score), where limits are set. */
    public boolean isAnomalyRegion() {
        return cut > Double.NEGATIVE_INFINITY;
    }

    /** The whole selection, the card's tiers ≥ 1, 2, 3, then its efficiency and cross-section points. */
    public static List<Region> of(ModelCard card) {
        List<Region> regions = new ArrayList<>();
        regions.add(new Region("all", "whole selection", Double.NEGATIVE_INFINITY));
        double[] tiers = card.thresholds().tierCuts();
        for (int t = 0; t < tiers.length; t++) {
            regions.add(new Region("tier" + (t + 1), "tier ≥ " + (t + 1), tiers[t]));
        }
        for (ModelCard.WorkingPoint p : card.thresholds().efficiencyPoints()) {
            regions.add(new Region(String.format(Locale.ROOT, "eb%.0e", p.target()),
                    String.format(Locale.ROOT, "ε_B = %.0e", p.target()), p.cut()));
        }
        for (ModelCard.WorkingPoint p : card.thresholds().crossSectionPoints()) {
            String pb = new BigDecimal(p.target()).round(new MathContext(3)).stripTrailingZeros().toPlainString();
            regions.add(new Region("xs" + pb + "pb", "σ_B = " + pb + " pb", p.cut()));
        }
        return regions;
    }
}
