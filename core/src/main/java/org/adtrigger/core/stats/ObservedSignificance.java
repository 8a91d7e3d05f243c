package org.adtrigger.core.stats;

import org.apache.commons.math3.special.Beta;

/**
 * Observed-vs-expected significance of a counting experiment whose background b comes from Monte Carlo
 * with statistical uncertainty σ_b = √(Σw²): Z_Bi of Cousins, Linnemann and Tucker (NIM A 595 (2008) 480).
 * The MC is read as an auxiliary ("off") measurement: τ = b/σ_b², n_off = τ·b, and the p-value of n_on
 * observed events is the binomial tail p = I_{1/(1+τ)}(n_on, n_off + 1) (regularised incomplete beta),
 * the frequentist p-value of the ratio-of-Poisson-means test; it tends to the Poisson P(N ≥ n_on | b) as
 * σ_b → 0, which is used when σ_b = 0 (then in logarithms, {@link PValues#logAtLeast}, so that Z stays finite
 * where p underflows). One-sided: excesses give Z &gt; 0, deficits Z &lt; 0. A Z_Bi p-value that underflows
 * a double gives the Z of the smallest double, 38.4: a lower bound.
 *
 * @param observed n_on
 * @param expected b and its Σw²
 * @param pValue   one-sided p-value of an excess at least as large
 * @param z        {@link PValues#significance}(p)
 */
public record ObservedSignificance(long observed, WeightedCount expected, double pValue, double z) {

    /**
     * @throws IllegalArgumentException when the observed count is negative
     */
    public static ObservedSignificance of(long observed, WeightedCount expected) {
        if (observed < 0) {
            throw new IllegalArgumentException("observed count cannot be negative: " + observed);
        }
        double b = expected.sumW();
        double p;
        if (observed == 0) {
            p = 1.0;
        } else if (!(b > 0)) {
            // Nothing expected, something seen: not a number of sigmas a finite MC sample can support.
            p = Double.NaN;
        } else if (expected.sumW2() <= 0) {
            p = PValues.atLeast(observed, b);
        } else {
            double tau = b / expected.sumW2();
            double nOff = tau * b;
            p = Beta.regularizedBeta(1.0 / (1.0 + tau), observed, nOff + 1.0);
        }
        double z;
        if (Double.isNaN(p)) {
            z = Double.NaN;
        } else if (expected.sumW2() <= 0) {
            z = PValues.significanceOfLog(PValues.logAtLeast(observed, b));
        } else {
            z = PValues.significance(Math.max(p, Double.MIN_VALUE));
        }
        return new ObservedSignificance(observed, expected, p, z);
    }
}
