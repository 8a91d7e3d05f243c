package org.adtrigger.core.stats;

import org.apache.commons.math3.special.Erf;
import org.apache.commons.math3.special.Gamma;

/**
 * Poisson tail probabilities and their conversion to significances, precise in the far tail (a 7σ p-value
 * is 1e-12: 1 − p is 1 to double precision, so nothing here computes a small p as 1 − something).
 */
public final class PValues {
    private static final double SQRT2 = Math.sqrt(2.0);

    private PValues() {
    }

    /**
     * P(N ≥ n | μ) for N Poisson with mean μ: the one-sided p-value of an excess of n observed events over μ
     * expected. Equal to the regularised lower incomplete gamma function P(n, μ), which also extends it to a
     * non-integer n. 1 for n ≤ 0; for μ = 0 it is 0 when n &gt; 0 (nothing can be seen where nothing is expected).
     */
    public static double atLeast(double n, double mu) {
        if (n <= 0) {
            return 1.0;
        }
        if (mu <= 0) {
            return 0.0;
        }
        return Gamma.regularizedGammaP(n, mu);
    }

    /** P(N ≤ n | μ) for integer n ≥ 0: the regularised upper incomplete gamma Q(n + 1, μ). */
    public static double atMost(long n, double mu) {
        if (n < 0) {
            return 0.0;
        }
        if (mu <= 0) {
            return 1.0;
        }
        return Gamma.regularizedGammaQ(n + 1.0, mu);
    }

    /**
     * The one-sided Gaussian significance of a p-value: Z = Φ⁻¹(1 − p), negative for p &gt; ½. For p below
     * 1e-15, where the inverse error function loses its digits, Newton steps on ln Q(Z) = ln p from the
     * asymptotic start √(2L − ln(2L·2π)), L = −ln p, with Q(Z) = ½·erfc(Z/√2) evaluated directly.
     *
     * @return +∞ for p = 0, −∞ for p = 1
     */
    public static double significance(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("not a probability: " + p);
        }
        if (p == 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (p == 1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (p > 1e-15) {
            return SQRT2 * Erf.erfInv(1 - 2 * p);
        }
        double logP = Math.log(p);
        double z = Math.sqrt(Math.max(1.0, -2 * logP - Math.log(-2 * logP * 2 * Math.PI)));
        for (int i = 0; i < 50; i++) {
            double q = 0.5 * Erf.erfc(z / SQRT2);
            double density = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI);
            // d ln Q / dz = −φ(z)/Q(z)
            double step = (Math.log(q) - logP) / (density / q);
            z += step;
            if (Math.abs(step) < 1e-12 * z) {
                break;
            }
        }
        return z;
    }

    /** p = Q(Z) = 1 − Φ(Z), the inverse of {@link #significance}. */
    public static double pValue(double z) {
        return 0.5 * Erf.erfc(z / SQRT2);
    }
}
