package org.adtrigger.core.stats;

/**
 * Observed counts against an expected spectrum: totals and a χ² of the shape and normalisation together.
 * χ² = Σ_k (d_k − b_k)² / (b_k + σ²_{b,k}) (Pearson's χ² with the expected Poisson variance plus the MC's
 * Σw²), ndf = the number of terms (nothing is fitted: the MC is normalised to the luminosity). Pearson's χ²
 * needs enough expected events per term: bins expecting fewer than {@link #MIN_EXPECTED} are pooled into one
 * term (their d, b and Σw² summed), so that one data event where the MC has a single rare, light event does
 * not dominate, while an excess in a sparse tail still shows. Where nothing at all is expected no χ² term
 * exists; what was observed in those bins is reported apart. Under- and overflow are in the totals, not in
 * the χ².
 *
 * @param observed                 all observed events, flows included
 * @param expected                 Σw and Σw² of all expected events, flows included
 * @param chi2                     χ² over the bins with b &gt; 0
 * @param ndf                      how many bins entered the χ²
 * @param observedWhereNoneExpected events observed in bins with b = 0
 */
public record SpectrumComparison(double observed, WeightedCount expected, double chi2, int ndf,
                                 double observedWhereNoneExpected) {
    /** Bins expecting fewer events than this are pooled into one χ² term. */
    public static final double MIN_EXPECTED = 5.0;

    /**
     * @throws IllegalArgumentException when the binnings differ
     */
    public static SpectrumComparison of(WeightedHistogram observed, WeightedHistogram expected) {
        if (observed.binCount() != expected.binCount() || observed.lowEdge(0) != expected.lowEdge(0)
                || observed.lowEdge(observed.binCount()) != expected.lowEdge(expected.binCount())) {
            throw new IllegalArgumentException("observed and expected spectra have different bins");
        }
        double chi2 = 0;
        int ndf = 0;
        double unexpected = 0;
        double pooledD = 0;
        double pooledB = 0;
        double pooledB2 = 0;
        for (int k = 0; k < expected.binCount(); k++) {
            double d = observed.bin(k).sumW();
            WeightedCount b = expected.bin(k);
            if (b.sumW() >= MIN_EXPECTED) {
                chi2 += term(d, b.sumW(), b.sumW2());
                ndf++;
            } else if (b.sumW() > 0) {
                pooledD += d;
                pooledB += b.sumW();
                pooledB2 += b.sumW2();
            } else {
                unexpected += d;
            }
        }
        if (pooledB > 0) {
            chi2 += term(pooledD, pooledB, pooledB2);
            ndf++;
        }
        return new SpectrumComparison(observed.total().sumW(), expected.total(), chi2, ndf, unexpected);
    }

    private static double term(double d, double b, double b2) {
        return (d - b) * (d - b) / (b + b2);
    }

    /** Observed / expected, NaN when nothing is expected. */
    public double ratio() {
        return expected.sumW() > 0 ? observed / expected.sumW() : Double.NaN;
    }
}
