package org.adtrigger.core.stats;

/**
 * A fixed cut on the score, placed on the weighted background distribution. An event passes when its
 * score is strictly above {@code cut}. The cut for a target background efficiency ε is the weighted
 * (1 − ε)-quantile of the background scores ({@link WeightedSample#quantile}), so it lies between two
 * background events and the achieved efficiency differs from ε by at most about one event's weight.
 *
 * <p>A cut is only as good as the background events above it: {@code sufficientStatistics} is false when
 * fewer than {@code minEventsAbove} raw background events lie above the cut (for instance ε = 1e-5 on a
 * sample of 10⁵ events); such a point should be reported as "not enough statistics", not used.
 *
 * <p><b>Negative weights.</b> Every sum keeps them (the cut is a quantile of the cumulative weighted
 * distribution, see {@link WeightedSample}), so the background passing a cut far in the tail may have a
 * net weight of either sign. The rule: {@code efficiency} is the net passing Σw over the total Σw, as it is
 * (it may be negative, and is then reported, not hidden), and a point counts as statistically meaningful
 * only when the net passing weight is positive and above its own uncertainty, Σw &gt; √Σw² (less than 100 %
 * relative error), besides the {@code minEventsAbove} raw events; otherwise {@code sufficientStatistics}
 * is false and the point must not be used as a rate or an efficiency. With positive weights the second
 * condition only asks for more than one event above the cut.
 *
 * @param targetEfficiency     the requested background efficiency (may exceed 1 for a cross-section point
 *                             asking for more background than the sample holds)
 * @param cut                  the score cut; −∞ when every event passes
 * @param passing              Σw and Σw² of the background above the cut
 * @param efficiency           the achieved weighted background efficiency, passing Σw / total Σw
 * @param eventsAbove          raw number of background events above the cut
 * @param sufficientStatistics whether eventsAbove reached the requested minimum
 */
public record WorkingPoint(double targetEfficiency, double cut, WeightedCount passing, double efficiency,
        int eventsAbove, boolean sufficientStatistics) {

    /** The minimum number of background events above a cut that the project uses by default. */
    public static final int DEFAULT_MIN_EVENTS_ABOVE = 10;

    /**
     * The cut that keeps the weighted fraction {@code efficiency} of the background, 0 &lt; ε ≤ 1.
     *
     * @throws IllegalArgumentException for ε outside (0, 1]
     * @throws IllegalStateException    when the background's total weight is not positive (also for
     *                                  {@link #atCrossSection})
     */
    public static WorkingPoint atBackgroundEfficiency(WeightedSample background, double efficiency,
            int minEventsAbove) {
        if (!(efficiency > 0.0 && efficiency <= 1.0)) {
            throw new IllegalArgumentException("background efficiency must be in (0, 1], got " + efficiency);
        }
        return place(background, positiveTotal(background), efficiency, minEventsAbove);
    }

    /**
     * The cut that lets {@code crossSectionPb} of background through. The weights must be normalised to the
     * integrated luminosity {@code luminosityInvPb} (Σw = expected events), so the passing cross-section is
     * Σw_pass / L and the target efficiency is σ·L / Σw. A target above the whole background gives cut −∞.
     *
     * @param crossSectionPb  background cross-section to let through [pb], &gt; 0
     * @param luminosityInvPb integrated luminosity of the weights [pb⁻¹], &gt; 0
     */
    public static WorkingPoint atCrossSection(WeightedSample background, double crossSectionPb,
            double luminosityInvPb, int minEventsAbove) {
        if (!(crossSectionPb > 0.0) || !(luminosityInvPb > 0.0)) {
            throw new IllegalArgumentException("cross-section and luminosity must be positive, got "
                    + crossSectionPb + " pb, " + luminosityInvPb + " pb^-1");
        }
        double total = positiveTotal(background);
        return place(background, total, crossSectionPb * luminosityInvPb / total, minEventsAbove);
    }

    private static double positiveTotal(WeightedSample background) {
        double total = background.total().sumW();
        if (!(total > 0.0)) {
            throw new IllegalStateException("background total weight must be positive, got " + total);
        }
        return total;
    }

    private static WorkingPoint place(WeightedSample background, double total, double efficiency,
            int minEventsAbove) {
        // A quantile at level 0 would still leave the lowest event below the (strict) cut.
        double cut = efficiency >= 1.0 ? Double.NEGATIVE_INFINITY : background.quantile(1.0 - efficiency);
        WeightedCount passing = background.above(cut);
        int events = background.countAbove(cut);
        return new WorkingPoint(efficiency, cut, passing, passing.sumW() / total, events,
                events >= minEventsAbove && netWeightAboveItsError(passing));
    }

    /** Σw &gt; √Σw²: positive, and known to better than 100 %. */
    static boolean netWeightAboveItsError(WeightedCount passing) {
        return passing.sumW() > Math.sqrt(passing.sumW2());
    }
}
