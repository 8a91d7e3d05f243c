package org.adtrigger.core.stats;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * Upper limits on a signal yield s in a counting experiment with the CLs method (Read, J. Phys. G 28 (2002)
 * 2693): s is excluded at 95 % CL when CLs = CL_{s+b}/CL_b = P(N ≤ n | s + b)/P(N ≤ n | b) &lt; 0.05. The
 * test statistic is the count n itself (for one bin, equivalent to the likelihood ratio), and both tails are
 * computed exactly from Poisson sums: no toys, no asymptotic formula.
 *
 * <p>The background's Monte Carlo statistical uncertainty σ_b = √(Σw²) enters by marginalisation
 * (Cousins–Highland hybrid): b follows a Gamma distribution of mean b and standard deviation σ_b (the
 * posterior of a Poisson mean measured with the MC's effective statistics), integrated numerically on
 * {@link #NODES} equal-probability nodes; with σ_b = 0 it is b itself. For n = 0, CL_{s+b}/CL_b = e^{-s}
 * whatever b and σ_b, so s_up = −ln 0.05 = 2.996.
 *
 * <p>Expected limits: the limit each n would give, at the quantiles of n's distribution under background
 * only (the same marginalised b): median and the ±1σ, ±2σ bands (probabilities Φ(−2..2)).
 */
public final class ClsLimit {
    /** Integration nodes of the Gamma-distributed background. */
    static final int NODES = 64;
    private static final double[] BAND_PROBABILITIES = {
            PValues.pValue(2), PValues.pValue(1), 0.5, 1 - PValues.pValue(1), 1 - PValues.pValue(2)};

    private final double[] backgroundNodes;
    private final double confidenceLevel;
    /** Where the quantile search starts: 10 standard deviations below the mean, where P(N ≤ n) is nil. */
    private final long quantileStart;

    /**
     * @param expected        the background b with its Σw²
     * @param confidenceLevel e.g. 0.95
     * @throws IllegalArgumentException for a negative or NaN background or a confidence level outside (0, 1)
     */
    public ClsLimit(WeightedCount expected, double confidenceLevel) {
        double b = expected.sumW();
        if (!(b >= 0) || !(expected.sumW2() >= 0)) {
            throw new IllegalArgumentException("background must be ≥ 0 with Σw² ≥ 0, got " + expected);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        this.confidenceLevel = confidenceLevel;
        quantileStart = (long) Math.max(0.0, Math.floor(b - 10 * Math.sqrt(b + expected.sumW2())));
        if (b == 0 || expected.sumW2() == 0) {
            backgroundNodes = new double[] {b};
        } else {
            double shape = b * b / expected.sumW2();
            GammaDistribution gamma = new GammaDistribution(null, shape, expected.sumW2() / b, 1e-10);
            backgroundNodes = new double[NODES];
            for (int i = 0; i < NODES; i++) {
                backgroundNodes[i] = gamma.inverseCumulativeProbability((i + 0.5) / NODES);
            }
        }
    }

    /** The observed and expected limits. */
    public record Limits(double observed, double expectedMinus2, double expectedMinus1, double expectedMedian,
                         double expectedPlus1, double expectedPlus2) {
    }

    /** CLs for signal s and n observed events. */
    public double cls(double s, long n) {
        return meanAtMost(n, s) / meanAtMost(n, 0.0);
    }

    /** The smallest s with CLs(s) ≤ 1 − CL, found by bisection to a relative 1e-7. */
    public double upperLimit(long n) {
        if (n < 0) {
            throw new IllegalArgumentException("observed count cannot be negative: " + n);
        }
        double alpha = 1 - confidenceLevel;
        double high = 3.0 + n + 10 * Math.sqrt(n + 1.0);
        while (cls(high, n) > alpha) {
            high *= 2;
        }
        double low = 0.0;
        while (high - low > 1e-7 * high) {
            double mid = 0.5 * (low + high);
            if (cls(mid, n) > alpha) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return 0.5 * (low + high);
    }

    /** Observed limit for n, and the expected ones from n's background-only distribution. */
    public Limits limits(long observed) {
        double[] expected = new double[BAND_PROBABILITIES.length];
        for (int q = 0; q < expected.length; q++) {
            expected[q] = upperLimit(backgroundQuantile(BAND_PROBABILITIES[q]));
        }
        return new Limits(upperLimit(observed), expected[0], expected[1], expected[2], expected[3], expected[4]);
    }

    /** The smallest n with P(N ≤ n) ≥ probability under the marginalised background. */
    long backgroundQuantile(double probability) {
        long n = quantileStart;
        while (meanAtMost(n, 0.0) < probability) {
            n++;
        }
        return n;
    }

    /** P(N ≤ n | s + b), averaged over the background nodes. */
    private double meanAtMost(long n, double s) {
        double sum = 0;
        for (double b : backgroundNodes) {
            sum += PValues.atMost(n, s + b);
        }
        return sum / backgroundNodes.length;
    }
}
