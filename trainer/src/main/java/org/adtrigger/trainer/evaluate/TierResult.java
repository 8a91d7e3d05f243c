package org.adtrigger.trainer.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.WeightedSample;

/**
 * The counting experiment in one anomaly tier of the model card (tier ≥ i: score above the card's cut t_i;
 * tier 0 is no cut at all, the no-cut baseline) and, inside it, a scan of E_T^miss cuts — the seed thesis'
 * way to see whether the autoencoder selection and a classic MET cut add up.
 *
 * @param tier                   0 to 3
 * @param scoreCut               the card's t_i in score units; −∞ for tier 0
 * @param cardBackgroundFraction the card's weighted background fraction with tier ≥ i (from training);
 *                               the measured one is background / total background of tier 0
 * @param yield                  s, b and Z in the tier
 * @param metScan                s, b and Z in the tier after E_T^miss &gt; cut, for each cut of {@link #MET_CUTS_GEV}
 */
public record TierResult(int tier, double scoreCut, double cardBackgroundFraction, CutYield yield,
                         List<CutYield> metScan) {

    /** E_T^miss cuts of the scan, GeV: 0 to 1500 in steps of 25, past the MET of every signal generated here. */
    public static final double[] MET_CUTS_GEV = metCuts(0.0, 1500.0, 25.0);

    /**
     * Every tier of the card, 0 to {@link ModelCard#TIERS}: events in tier ≥ i by the card's
     * {@link ModelCard.Thresholds#tierOf}, whose lower edge is the card's cut {@link ModelCard.Thresholds#cutOf}.
     */
    public static List<TierResult> all(ScoredEvents signal, ScoredEvents background,
                                       ModelCard.Thresholds thresholds) {
        double[] tierCuts = thresholds.tierCuts();
        double[] cardFractions = thresholds.tierPassFractions();
        WeightedSample s = signal.sample(Discriminant.AE_SCORE);
        WeightedSample b = background.sample(Discriminant.AE_SCORE);
        List<TierResult> tiers = new ArrayList<>();
        for (int tier = 0; tier <= tierCuts.length; tier++) {
            double cut = thresholds.cutOf(tier);
            WeightedSample metS = signal.sampleInTier(Discriminant.MET, thresholds, tier);
            WeightedSample metB = background.sampleInTier(Discriminant.MET, thresholds, tier);
            List<CutYield> scan = new ArrayList<>();
            for (double metCut : MET_CUTS_GEV) {
                scan.add(CutYield.of(metS, metB, metCut));
            }
            double cardFraction = tier < cardFractions.length ? cardFractions[tier] : Double.NaN;
            tiers.add(new TierResult(tier, cut, cardFraction, CutYield.of(s, b, cut), scan));
        }
        return tiers;
    }

    private static double[] metCuts(double from, double to, double step) {
        int n = (int) Math.round((to - from) / step) + 1;
        double[] cuts = new double[n];
        for (int i = 0; i < n; i++) {
            cuts[i] = from + i * step;
        }
        return cuts;
    }
}
