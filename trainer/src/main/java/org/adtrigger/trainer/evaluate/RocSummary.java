package org.adtrigger.trainer.evaluate;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.core.stats.RocCurve;
import org.adtrigger.core.stats.WeightedSample;
import org.adtrigger.core.stats.WorkingPoint;

/**
 * The figures of merit of one discriminant for one signal against the background, read from the weighted
 * ROC curve, plus the curve itself sampled on a logarithmic ε_B grid for plots and JSON (the full curve has
 * a point per distinct score: tens of thousands).
 *
 * @param auc            area under ε_S(ε_B)
 * @param workingPoints  ε_S, SI = ε_S/√ε_B and the number of raw background events left at ε_B = 1e-2, 1e-3, 1e-4,
 *                       with whether that number suffices
 * @param e10            ε_S at ε_B = 0.1 (90 % background rejection)
 * @param e100           ε_S at ε_B = 0.01 (99 % background rejection)
 * @param curve          (ε_B, ε_S) from the smallest ε_B the background sample resolves up to 1
 */
public record RocSummary(double auc, List<WorkingPointEfficiency> workingPoints, double e10, double e100,
                         List<RocPoint> curve) {

    /** The background efficiencies the report quotes ε_S at. */
    public static final double[] BACKGROUND_EFFICIENCIES = {1e-2, 1e-3, 1e-4};

    private static final int POINTS_PER_DECADE = 20;
    private static final double SMALLEST_PLOTTED_EFFICIENCY = 1e-6;

    /**
     * @param backgroundEfficiency the target ε_B
     * @param signalEfficiency     ε_S there
     * @param significanceImprovement ε_S/√ε_B
     * @param backgroundEventsAbove raw (unweighted) background events above the cut: below ~10 the point is
     *                              a statistical statement about a handful of MC events
     * @param sufficientStatistics  whether backgroundEventsAbove reaches
     *                              {@link WorkingPoint#DEFAULT_MIN_EVENTS_ABOVE}; when false, ε_S and SI there
     *                              are indicative only
     */
    public record WorkingPointEfficiency(double backgroundEfficiency, double signalEfficiency,
                                         double significanceImprovement, int backgroundEventsAbove,
                                         boolean sufficientStatistics) {
    }

    /** One point of the ROC curve. */
    public record RocPoint(double backgroundEfficiency, double signalEfficiency) {
    }

    public static RocSummary of(WeightedSample signal, WeightedSample background) {
        RocCurve roc = RocCurve.of(signal, background);
        List<WorkingPointEfficiency> points = new ArrayList<>();
        for (double effB : BACKGROUND_EFFICIENCIES) {
            int left = background.countAbove(background.quantile(1.0 - effB));
            points.add(new WorkingPointEfficiency(effB, roc.signalEfficiencyAt(effB),
                    roc.significanceImprovementAt(effB), left, left >= WorkingPoint.DEFAULT_MIN_EVENTS_ABOVE));
        }
        return new RocSummary(roc.auc(), points, roc.e10(), roc.e100(), sampled(roc, 1.0 / background.size()));
    }

    /** ε_S at the given ε_B, one of {@link #BACKGROUND_EFFICIENCIES}. */
    public double signalEfficiencyAt(double backgroundEfficiency) {
        return workingPoints.stream().filter(p -> p.backgroundEfficiency() == backgroundEfficiency).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no working point at " + backgroundEfficiency))
                .signalEfficiency();
    }

    /**
     * Log-spaced ε_B from the first non-zero ε_B of the curve, and not below {@code resolution}, one raw
     * background event's share: below the first, the curve is a straight line from the origin, an
     * interpolation artefact that a logarithmic axis would blow up into a fake shape; below one event's share
     * (a light-weight event can reach far lower) the validation sample says nothing.
     */
    static List<RocPoint> sampled(RocCurve roc, double resolution) {
        double first = 1.0;
        for (int k = 1; k < roc.size(); k++) {
            if (roc.backgroundEfficiency(k) > 0.0) {
                first = roc.backgroundEfficiency(k);
                break;
            }
        }
        double lowest = Math.max(Math.max(first, resolution), SMALLEST_PLOTTED_EFFICIENCY);
        List<RocPoint> curve = new ArrayList<>();
        int steps = (int) Math.ceil(-Math.log10(lowest) * POINTS_PER_DECADE);
        for (int i = steps; i >= 0; i--) {
            double effB = Math.max(lowest, Math.pow(10.0, -(double) i / POINTS_PER_DECADE));
            curve.add(new RocPoint(effB, roc.signalEfficiencyAt(effB)));
        }
        return curve;
    }
}
