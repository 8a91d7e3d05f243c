package org.adtrigger.trainer.thresholds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.model.ExpectedSpectraBuilder;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.ScoreScale;
import org.adtrigger.core.stats.TierThresholds;
import org.adtrigger.core.stats.WeightedSample;
import org.adtrigger.core.stats.WorkingPoint;
import org.adtrigger.core.trigger.BackgroundTail;

/**
 * Places the model card's cuts on the weighted background validation scores (DESIGN §1): tiers from the
 * weighted median, the weighted background fraction at or above each tier, and fixed working points at
 * background efficiencies and at background cross sections passing.
 *
 * <p>A working point needs {@link WorkingPoint#DEFAULT_MIN_EVENTS_ABOVE} raw background events above its
 * cut to mean something. The points at 1e-2, 1e-3 and 1e-4 are always stored (with a warning when short of
 * that); the 1e-5 point is stored only when it has them, which {@link CardThresholds#tailPointIncluded()}
 * records. A cross-section point asking for more than the whole background (cut −∞) is left out.
 * The card also gets the background quantile table ({@link BackgroundTail}) the stream places any other
 * operating point on, and, given the events' masses, the expected leading-mass spectra per tier
 * ({@link ExpectedSpectraBuilder}) the stream compares its window spectra with.
 */
public final class ThresholdCalculator {
    public static final double[] EFFICIENCIES = {1e-2, 1e-3, 1e-4};
    public static final double TAIL_EFFICIENCY = 1e-5;
    public static final double[] CROSS_SECTIONS_PB = {10, 1, 0.1};

    private ThresholdCalculator() {
    }

    /**
     * @param scores       background scores (signal already removed, see {@link ValidationScores})
     * @param weights      their weights, normalised to {@code luminosityPb}
     * @param luminosityPb integrated luminosity of the weights [pb⁻¹]
     */
    public static CardThresholds compute(double[] scores, double[] weights, ScoreScale scale,
                                         double luminosityPb) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("no background event in the validation split to place thresholds on");
        }
        WeightedSample background = WeightedSample.of(scores, weights);
        TierThresholds tiers = TierThresholds.fromBackground(scores, weights, scale);
        double[] cuts = new double[ModelCard.TIERS];
        double[] passFractions = new double[ModelCard.TIERS + 1];
        passFractions[0] = 1.0;
        for (int i = 1; i <= ModelCard.TIERS; i++) {
            cuts[i - 1] = tiers.scoreThreshold(i);
            passFractions[i] = background.fractionAbove(cuts[i - 1]);
        }

        List<String> warnings = new ArrayList<>();
        List<ModelCard.WorkingPoint> efficiencyPoints = new ArrayList<>();
        for (double efficiency : EFFICIENCIES) {
            WorkingPoint wp = WorkingPoint.atBackgroundEfficiency(background, efficiency,
                    WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE);
            warnIfShort(wp, "eff_B = " + efficiency, warnings);
            efficiencyPoints.add(new ModelCard.WorkingPoint(efficiency, wp.cut(), wp.efficiency(),
                    wp.sufficientStatistics()));
        }
        WorkingPoint tail = WorkingPoint.atBackgroundEfficiency(background, TAIL_EFFICIENCY,
                WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE);
        if (tail.sufficientStatistics()) {
            efficiencyPoints.add(new ModelCard.WorkingPoint(TAIL_EFFICIENCY, tail.cut(), tail.efficiency(), true));
        } else {
            warnings.add(String.format(Locale.ROOT, "eff_B = %s left out: %d background events above its cut,"
                    + " %d needed", TAIL_EFFICIENCY, tail.eventsAbove(), WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE));
        }

        List<ModelCard.WorkingPoint> crossSectionPoints = new ArrayList<>();
        for (double pb : CROSS_SECTIONS_PB) {
            WorkingPoint wp = WorkingPoint.atCrossSection(background, pb, luminosityPb,
                    WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE);
            if (Double.isInfinite(wp.cut())) {
                warnings.add(String.format(Locale.ROOT, "%s pb left out: the whole background is %.4g pb",
                        pb, background.total().sumW() / luminosityPb));
                continue;
            }
            warnIfShort(wp, pb + " pb", warnings);
            crossSectionPoints.add(new ModelCard.WorkingPoint(pb, wp.cut(), wp.efficiency(),
                    wp.sufficientStatistics()));
        }
        ModelCard.Thresholds thresholds = new ModelCard.Thresholds(scale.name(), tiers.median(), cuts,
                passFractions, efficiencyPoints, crossSectionPoints, BackgroundTail.table(background, luminosityPb));
        return new CardThresholds(thresholds, tail.sufficientStatistics(), warnings);
    }

    /**
     * As {@link #compute(double[], double[], ScoreScale, double)}, with the expected spectra of the background
     * events whose masses ({@code core.kinematics.LeadingMass} order) are {@code masses}, aligned with the scores.
     */
    public static CardThresholds compute(double[] scores, double[] weights, double[][] masses, ScoreScale scale,
                                         double luminosityPb) {
        CardThresholds plain = compute(scores, weights, scale, luminosityPb);
        double[] cuts = plain.thresholds().tierCuts();
        ExpectedSpectraBuilder spectra = new ExpectedSpectraBuilder();
        for (int i = 0; i < scores.length; i++) {
            spectra.add(tierOf(scores[i], cuts), masses[i], weights[i]);
        }
        return new CardThresholds(plain.thresholds().withExpectedSpectra(spectra.build()), plain.tailPointIncluded(),
                plain.warnings());
    }

    /** The number of tier cuts the score is strictly above, as the stream tags events. */
    private static int tierOf(double score, double[] cuts) {
        int tier = 0;
        while (tier < cuts.length && score > cuts[tier]) {
            tier++;
        }
        return tier;
    }

    private static void warnIfShort(WorkingPoint wp, String name, List<String> warnings) {
        if (wp.sufficientStatistics()) {
            return;
        }
        if (wp.eventsAbove() < WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE) {
            warnings.add(String.format(Locale.ROOT, "%s: only %d background events above the cut (fewer than"
                    + " %d); the cut is uncertain", name, wp.eventsAbove(), WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE));
        } else {
            warnings.add(String.format(Locale.ROOT, "%s: statistically meaningless: the net background weight above "
                    + "the cut is %.3g ± %.3g from %d events (negative weights in the tail), pass fraction %.3g",
                    name, wp.passing().sumW(), Math.sqrt(wp.passing().sumW2()), wp.eventsAbove(), wp.efficiency()));
        }
    }
}
