package org.adtrigger.core.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON entries of one observed-vs-expected spectrum and its bump hunt, as {@code compare} (offline) and
 * {@code spectra} (read back from the stream) both report them, so the two reports read alike.
 */
public final class SpectrumJson {
    private SpectrumJson() {
    }

    /** observed, expected, expectedError, chi2, ndf, observedWhereNoneExpected. */
    public static Map<String, Object> comparison(SpectrumComparison c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("observed", c.observed());
        m.put("expected", c.expected().sumW());
        m.put("expectedError", c.expected().error());
        m.put("chi2", c.chi2());
        m.put("ndf", c.ndf());
        m.put("observedWhereNoneExpected", c.observedWhereNoneExpected());
        return m;
    }

    /** The most significant window (edges from {@code binning}), its local and global p-values and Z. */
    public static Map<String, Object> bumpHunt(BumpHunter.Result b, WeightedHistogram binning) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean excess = b.window().isExcess();
        m.put("excess", excess);
        m.put("low", excess ? b.window().low(binning) : null);
        m.put("high", excess ? b.window().high(binning) : null);
        m.put("observed", b.window().observed());
        m.put("expected", b.window().expected());
        m.put("localP", b.window().localP());
        // the p-value may underflow a double; its logarithm and Z do not
        m.put("logLocalP", b.window().logLocalP());
        m.put("localSignificance", b.window().localSignificance());
        m.put("globalP", b.globalP());
        m.put("globalSignificance", b.globalSignificance());
        m.put("globalIsBound", b.isBound());
        m.put("pseudoExperiments", b.pseudoExperiments());
        return m;
    }
}
