package org.adtrigger.core.stats;

import java.util.Arrays;
import java.util.function.LongConsumer;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * The BumpHunter (G. Choudalakis, arXiv:1101.0390) on a binned spectrum: every window of 1 to
 * {@code maxWidth} contiguous bins is tested for an excess of the observed count d over the expected b with
 * the one-sided Poisson p-value P(N ≥ d | b) ({@link PValues#atLeast}); windows with d ≤ b (no excess) or
 * b = 0 (untestable) get p = 1. The smallest p is the local p-value, t = −ln p_min the test statistic, and
 * the global p-value, which pays the look-elsewhere effect, is the fraction of background-only
 * pseudo-experiments (each bin Poisson around b, see below where b is uncertain) whose own t is at least as
 * large.
 *
 * <p>The expectation's MC statistical uncertainty: given per bin as a variance σ² (Σw²), a window's local
 * p-value is Z_Bi's ({@link PValues#logAtLeastWithMcError}: the Poisson tail with b drawn from its Gamma
 * posterior), and each pseudo-experiment draws each bin's b from a Gamma distribution of mean b and variance
 * σ² before its Poisson count (Cousins–Highland, as {@link ClsLimit}), so that the global p-value is
 * calibrated under the same uncertainty. Without variances (or with zeros) b is exact, as in the original
 * algorithm, and the p-values are the plain Poisson ones.
 */
public final class BumpHunter {
    private final int maxWidth;

    /**
     * @throws IllegalArgumentException for maxWidth &lt; 1
     */
    public BumpHunter(int maxWidth) {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("the widest window must have at least one bin, got " + maxWidth);
        }
        this.maxWidth = maxWidth;
    }

    /**
     * A window of bins [first, last] (inclusive) with its counts.
     *
     * @param logLocalP ln of the one-sided Poisson p-value of the excess ({@link PValues#logAtLeast}: kept as
     *                  a logarithm, since a strong signal's p underflows a double); 0 when there is none
     */
    public record Window(int first, int last, double observed, double expected, double logLocalP) {
        /** No window with an excess: the spectrum has none. */
        public static final Window NONE = new Window(-1, -1, 0, 0, 0.0);

        public boolean isExcess() {
            return first >= 0;
        }

        /** The local p-value (0 where it underflows; {@link #logLocalP} keeps it). */
        public double localP() {
            return Math.exp(logLocalP);
        }

        /** t = −ln p: what pseudo-experiments are compared on. */
        public double testStatistic() {
            return -logLocalP;
        }

        public double localSignificance() {
            return PValues.significanceOfLog(logLocalP);
        }

        /** Low edge of the window's first bin in {@code binning}, the spectrum's bins. */
        public double low(WeightedHistogram binning) {
            return binning.lowEdge(first);
        }

        /** High edge of the window's last bin in {@code binning}. */
        public double high(WeightedHistogram binning) {
            return binning.lowEdge(last + 1);
        }
    }

    /**
     * The outcome against background-only pseudo-experiments.
     *
     * @param window       the most significant window of the observed spectrum
     * @param pseudoExperiments how many were thrown
     * @param atLeastAsLarge    how many had t ≥ the observed t
     */
    public record Result(Window window, int pseudoExperiments, int atLeastAsLarge) {
        /** The global p-value, k/N; 0 when no pseudo-experiment reached the observed t (then p &lt; 1/N). */
        public double globalP() {
            return (double) atLeastAsLarge / pseudoExperiments;
        }

        /** The global significance; for k = 0 the bound Z(1/N), a lower bound on the true one. */
        public double globalSignificance() {
            return PValues.significance(atLeastAsLarge == 0 ? 1.0 / pseudoExperiments : globalP());
        }

        /** Whether the global p-value is only bounded (no pseudo-experiment reached the observed t). */
        public boolean isBound() {
            return atLeastAsLarge == 0;
        }
    }

    /** The background-only distribution of t, sorted, from which global p-values are read. */
    public static final class Calibration {
        private final double[] sorted;

        Calibration(double[] statistics) {
            sorted = statistics.clone();
            Arrays.sort(sorted);
        }

        public int size() {
            return sorted.length;
        }

        /** How many pseudo-experiments had t ≥ {@code t}. */
        public int atLeast(double t) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] < t) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return sorted.length - low;
        }

        /** How many pseudo-experiments had t &gt; {@code t} strictly. */
        public int above(double t) {
            return atLeast(Math.nextUp(t));
        }

        /**
         * The randomised global p-value (#{t_i &gt; t} + u·#{t_i = t})/N for u uniform in [0, 1). t is a
         * discrete statistic (Poisson counts), so the reported k/N = #{t_i ≥ t}/N is conservative rather than
         * uniform under the background-only hypothesis (P(p ≤ α) ≤ α, with atoms where many pseudo-experiments
         * share one t); breaking the ties at random makes it exactly uniform, which is what a calibration check
         * can test.
         */
        public double randomizedGlobalP(Window observed, double u) {
            double t = observed.testStatistic();
            int above = above(t);
            return (above + u * (atLeast(t) - above)) / sorted.length;
        }

        public Result result(Window observed) {
            return new Result(observed, sorted.length, atLeast(observed.testStatistic()));
        }
    }

    /**
     * The window with the smallest local p-value, b exact; among equal p-values the narrowest, then the
     * leftmost.
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold a negative or NaN value
     */
    public Window mostSignificant(double[] observed, double[] expected) {
        return mostSignificant(observed, expected, new double[expected.length]);
    }

    /**
     * The window with the smallest local p-value, each bin's b uncertain by {@code variance} (its MC Σw²):
     * a window's variance is the sum of its bins'.
     *
     * @throws IllegalArgumentException when the arrays differ in length or hold a negative or NaN value
     */
    public Window mostSignificant(double[] observed, double[] expected, double[] variance) {
        check(observed, expected);
        check(variance, expected);
        int n = observed.length;
        double[] d = prefixSums(observed);
        double[] b = prefixSums(expected);
        double[] v = prefixSums(variance);
        Window best = Window.NONE;
        for (int width = 1; width <= Math.min(maxWidth, n); width++) {
            for (int first = 0; first + width <= n; first++) {
                double dw = d[first + width] - d[first];
                double bw = b[first + width] - b[first];
                if (bw <= 0 || dw <= bw) {
                    continue;
                }
                double logP = PValues.logAtLeastWithMcError(dw, bw, v[first + width] - v[first]);
                if (logP < best.logLocalP()) {
                    best = new Window(first, first + width - 1, dw, bw, logP);
                }
            }
        }
        return best;
    }

    /**
     * Throws {@code pseudoExperiments} background-only spectra around {@code expected}, b exact (reproducibly
     * from {@code seed}) and records each one's t; {@code progress} gets the running count.
     */
    public Calibration calibrate(double[] expected, int pseudoExperiments, long seed, LongConsumer progress) {
        return calibrate(expected, new double[expected.length], pseudoExperiments, seed, progress);
    }

    /**
     * As {@link #calibrate(double[], int, long, LongConsumer)}, each bin's b first drawn from a Gamma
     * distribution of mean b and variance {@code variance} where that is positive.
     */
    public Calibration calibrate(double[] expected, double[] variance, int pseudoExperiments, long seed,
                                 LongConsumer progress) {
        if (pseudoExperiments < 1) {
            throw new IllegalArgumentException("need at least one pseudo-experiment, got " + pseudoExperiments);
        }
        check(expected, expected);
        check(variance, expected);
        RandomGenerator random = new Well19937c(seed);
        PoissonDistribution[] bins = new PoissonDistribution[expected.length];
        GammaDistribution[] uncertain = new GammaDistribution[expected.length];
        for (int k = 0; k < bins.length; k++) {
            if (expected[k] > 0 && variance[k] > 0) {
                uncertain[k] = new GammaDistribution(random, expected[k] * expected[k] / variance[k],
                        variance[k] / expected[k], GammaDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
            } else if (expected[k] > 0) {
                bins[k] = new PoissonDistribution(random, expected[k], PoissonDistribution.DEFAULT_EPSILON,
                        PoissonDistribution.DEFAULT_MAX_ITERATIONS);
            }
        }
        double[] toy = new double[expected.length];
        double[] statistics = new double[pseudoExperiments];
        for (int i = 0; i < pseudoExperiments; i++) {
            for (int k = 0; k < toy.length; k++) {
                if (bins[k] != null) {
                    toy[k] = bins[k].sample();
                } else {
                    toy[k] = uncertain[k] != null ? poisson(random, uncertain[k].sample()) : 0;
                }
            }
            statistics[i] = mostSignificant(toy, expected, variance).testStatistic();
            if ((i + 1) % 100 == 0 || i + 1 == pseudoExperiments) {
                progress.accept(i + 1);
            }
        }
        return new Calibration(statistics);
    }

    /** The most significant window of {@code observed} and its global p-value from fresh pseudo-experiments. */
    public Result hunt(double[] observed, double[] expected, int pseudoExperiments, long seed,
                       LongConsumer progress) {
        return hunt(observed, expected, new double[expected.length], pseudoExperiments, seed, progress);
    }

    /** As {@link #hunt(double[], double[], int, long, LongConsumer)}, b uncertain by {@code variance}. */
    public Result hunt(double[] observed, double[] expected, double[] variance, int pseudoExperiments, long seed,
                       LongConsumer progress) {
        return calibrate(expected, variance, pseudoExperiments, seed, progress)
                .result(mostSignificant(observed, expected, variance));
    }

    /** A Poisson count of mean {@code mean} (0 for a mean that is not positive). */
    private static double poisson(RandomGenerator random, double mean) {
        return mean > 0 ? new PoissonDistribution(random, mean, PoissonDistribution.DEFAULT_EPSILON,
                PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
    }

    /**
     * The expectation a hunt tests against when b comes from a finite MC sample: each bin's b, at least
     * {@code floor} (the expectation one average MC event carries). The MC cannot resolve less, and a tail it
     * does not populate would otherwise look like a bump; pseudo-experiments are thrown around the same values,
     * so the global p-value stays calibrated.
     */
    public static double[] floored(double[] expected, double floor) {
        double[] b = expected.clone();
        double f = Math.max(floor, 0);
        for (int k = 0; k < b.length; k++) {
            b[k] = Math.max(b[k], f);
        }
        return b;
    }

    /**
     * The variance that goes with {@link #floored}: a bin raised to the floor holds one average MC event, whose
     * statistical error is its own weight (σ² = floor²); the others keep theirs.
     */
    public static double[] flooredVariance(double[] expected, double[] variance, double floor) {
        double[] v = variance.clone();
        double f = Math.max(floor, 0);
        for (int k = 0; k < v.length; k++) {
            if (expected[k] < f) {
                v[k] = f * f;
            }
        }
        return v;
    }

    private static double[] prefixSums(double[] values) {
        double[] sums = new double[values.length + 1];
        for (int k = 0; k < values.length; k++) {
            sums[k + 1] = sums[k] + values[k];
        }
        return sums;
    }

    private static void check(double[] observed, double[] expected) {
        if (observed.length != expected.length || observed.length == 0) {
            throw new IllegalArgumentException("observed and expected spectra need the same, non-zero number of "
                    + "bins: " + observed.length + " and " + expected.length);
        }
        for (int k = 0; k < observed.length; k++) {
            if (!(observed[k] >= 0) || !(expected[k] >= 0)) {
                throw new IllegalArgumentException("bin " + k + ": observed " + observed[k] + ", expected "
                        + expected[k] + " (must be ≥ 0)");
            }
        }
    }
}
