package org.adtrigger.core.stats;

/**
 * Observed counts against an expected spectrum: totals and a χ² of the shape and normalisation together.
 * χ² = Σ_k (d_k − b_k)² / (b_k + σ²_{b,k}) over the bins with b_k &gt; 0 (Pearson's χ² with the expected
 * Poisson variance plus the MC's Σw²), ndf = the number of those bins (nothing is fitted: the MC is
 * normalised to the luminosity). Bins where nothing is expected cannot enter a χ²; what was observed in
 * them is reported apart. Under- and overflow are in the totals, not in the χ².
 *
 * @param observed                 all observed events, flows included
 * @param expected                 Σw and Σw² of all expected events, flows included
 * @param chi2                     χ² over the bins with b &gt; 0
 * @param ndf                      how many bins entered the χ²
 * @param observedWhereNoneExpected events observed in bins with b = 0
 */
public record SpectrumComparison(double observed, WeightedCount expected, double chi2, int ndf,
                                 double observedWhereNoneExpected) {

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
        for (int k = 0; k < expected.binCount(); k++) {
            double d = observed.bin(k).sumW();
            WeightedCount b = expected.bin(k);
            if (b.sumW() > 0) {
                chi2 += (d - b.sumW()) * (d - b.sumW()) / (b.sumW() + b.sumW2());
                ndf++;
            } else {
                unexpected += d;
            }
        }
        return new SpectrumComparison(observed.total().sumW(), expected.total(), chi2, ndf, unexpected);
    }

    /** Observed / expected, NaN when nothing is expected. */
    public double ratio() {
        return expected.sumW() > 0 ? observed / expected.sumW() : Double.NaN;
    }
}
