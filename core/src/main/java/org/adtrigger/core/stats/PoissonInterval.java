package org.adtrigger.core.stats;

import org.apache.commons.math3.distribution.GammaDistribution;

/**
 * The Garwood (1936) central confidence interval for the mean μ of a Poisson variable observed as n: the
 * exact ("Clopper–Pearson-like") interval drawn on data points in HEP plots,
 * μ_low = ½·χ²_{2n}(α/2) and μ_high = ½·χ²_{2n+2}(1 − α/2), α = 1 − CL, written here with the Gamma
 * quantiles they equal (χ²_{2k}(q)/2 = Gamma(k, 1) quantile q); μ_low = 0 for n = 0.
 *
 * @param low  lower end
 * @param high upper end
 */
public record PoissonInterval(double low, double high) {
    /** The "1σ" central coverage, 68.27 %: erf(1/√2). */
    public static final double ONE_SIGMA = 0.6826894921370859;

    /** The 68.27 % central Garwood interval, what the error bar of a data point shows. */
    public static PoissonInterval garwood(long n) {
        return garwood(n, ONE_SIGMA);
    }

    /**
     * @throws IllegalArgumentException for n &lt; 0 or a confidence level outside (0, 1)
     */
    public static PoissonInterval garwood(long n, double confidenceLevel) {
        if (n < 0) {
            throw new IllegalArgumentException("a Poisson count cannot be negative: " + n);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confidenceLevel);
        }
        double alpha = 1 - confidenceLevel;
        double low = n == 0 ? 0.0 : gamma(n).inverseCumulativeProbability(alpha / 2);
        double high = gamma(n + 1).inverseCumulativeProbability(1 - alpha / 2);
        return new PoissonInterval(low, high);
    }

    private static GammaDistribution gamma(double shape) {
        // no random generator: the distribution is only asked for quantiles
        return new GammaDistribution(null, shape, 1.0, 1e-12);
    }
}
