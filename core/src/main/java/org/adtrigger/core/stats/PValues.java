package org.adtrigger.core.stats;

import org.apache.commons.math3.special.Beta;
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

    /**
     * ln P(N ≥ n | μ), finite where {@link #atLeast} underflows to 0 (an excess of hundreds of events over a
     * fraction of one): below 1e-300 it sums the series P(n, μ) = μⁿe^{-μ}/Γ(n+1) · Σ_k μ^k/((n+1)…(n+k))
     * in logarithms (it converges for μ &lt; n + 1, which holds for any excess that small).
     */
    public static double logAtLeast(double n, double mu) {
        double p = atLeast(n, mu);
        if (p > 1e-300 || n <= 0 || mu <= 0 || mu >= n + 1) {
            return Math.log(p);
        }
        double sum = 1.0;
        double term = 1.0;
        for (int k = 1; k < 100000; k++) {
            term *= mu / (n + k);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return n * Math.log(mu) - mu - Gamma.logGamma(n + 1) + Math.log(sum);
    }

    /**
     * ln p of n observed events over an expectation b known from Monte Carlo with variance σ² (its Σw²): Z_Bi's
     * p-value ({@link ObservedSignificance}), p = I_{1/(1+τ)}(n, τb + 1) with τ = b/σ², which is P(N ≥ n) for
     * N Poisson around a b drawn from its Gamma posterior (shape τb + 1, rate τ): a negative binomial tail.
     * The Poisson {@link #logAtLeast} when σ² = 0. Finite where p underflows: below 1e-300 it sums the tail
     * from its first term, ln P(N = n) + ln Σ_k Π_{j&lt;k} r_j with r_j = (n + j + τb + 1)/((n + j + 1)(1 + τ)) &lt; 1
     * for the excesses that small.
     */
    public static double logAtLeastWithMcError(double n, double b, double variance) {
        if (!(variance > 0) || n <= 0 || b <= 0) {
            return logAtLeast(n, b);
        }
        double tau = b / variance;
        double shape = tau * b + 1;
        double p = Beta.regularizedBeta(1 / (1 + tau), n, shape);
        if (p > 1e-300) {
            return Math.log(p);
        }
        // ln P(N = n) = ln Γ(n + shape) − ln Γ(shape) − ln Γ(n + 1) − n ln(1 + τ) − shape ln(1 + 1/τ); the
        // Γ terms through ln B, which keeps its digits when shape is large (a well-known b: τb ≫ n)
        double logFirst = -Beta.logBeta(shape, n + 1) - Math.log(n + shape) - n * Math.log1p(tau)
                - shape * Math.log1p(1 / tau);
        double sum = 1.0;
        double term = 1.0;
        for (int k = 0; k < 1_000_000; k++) {
            term *= (n + k + shape) / ((n + k + 1) * (1 + tau));
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return logFirst + Math.log(sum);
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
     * The one-sided Gaussian significance of a p-value: Z = Φ⁻¹(1 − p), negative for p &gt; ½.
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
        return significanceOfLog(Math.log(p));
    }

    /**
     * Z from ln p, for p-values too small for a double. Above 1e-15 the inverse error function; below, where
     * it loses its digits, Newton steps on ln Q(Z) = ln p from the asymptotic start √(2L − ln(2L·2π)),
     * L = −ln p.
     */
    public static double significanceOfLog(double logP) {
        if (!(logP <= 0)) {
            throw new IllegalArgumentException("not the logarithm of a probability: " + logP);
        }
        if (logP == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (logP > Math.log(1e-15)) {
            return SQRT2 * Erf.erfInv(1 - 2 * Math.exp(logP));
        }
        double z = Math.sqrt(Math.max(1.0, -2 * logP - Math.log(-2 * logP * 2 * Math.PI)));
        for (int i = 0; i < 50; i++) {
            // d ln Q / dz = −φ(z)/Q(z) = −exp(ln φ − ln Q)
            double logQ = logUpperTail(z);
            double slope = -Math.exp(-0.5 * z * z - 0.5 * Math.log(2 * Math.PI) - logQ);
            double step = (logP - logQ) / slope;
            z += step;
            if (Math.abs(step) < 1e-12 * z) {
                break;
            }
        }
        return z;
    }

    /** ln Q(z), Q = 1 − Φ: directly up to z = 30, then the asymptotic series (relative error &lt; 1e-9 there). */
    private static double logUpperTail(double z) {
        if (z < 30) {
            return Math.log(0.5 * Erf.erfc(z / SQRT2));
        }
        double z2 = z * z;
        return -0.5 * z2 - Math.log(z * Math.sqrt(2 * Math.PI)) + Math.log1p(-1 / z2 + 3 / (z2 * z2) - 15 / (z2 * z2 * z2));
    }

    /** p = Q(Z) = 1 − Φ(Z), the inverse of {@link #significance}. */
    public static double pValue(double z) {
        return 0.5 * Erf.erfc(z / SQRT2);
    }
}
