package org.adtrigger.core.stats;

/**
 * A weighted event count: Σw and Σw². Its statistical uncertainty is √(Σw²), the usual Poisson estimate for
 * weighted Monte Carlo (exact for unit weights: √N).
 *
 * @param sumW  Σw, e.g. expected events at the luminosity the weights are normalised to
 * @param sumW2 Σw², ≥ 0
 */
public record WeightedCount(double sumW, double sumW2) {

    public static final WeightedCount ZERO = new WeightedCount(0.0, 0.0);

    /** √(Σw²). */
    public double error() {
        return Math.sqrt(sumW2);
    }

    /** Kish's effective number of events (Σw)²/Σw²: how many unit-weight events carry the same precision. */
    public double effectiveEntries() {
        return sumW2 == 0.0 ? 0.0 : sumW * sumW / sumW2;
    }
}
