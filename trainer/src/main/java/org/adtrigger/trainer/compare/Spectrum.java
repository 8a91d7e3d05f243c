package org.adtrigger.trainer.compare;

import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.WeightedHistogram;

/**
 * One observable in one region: the MC stacked by process, the observed counts, their comparison and, for
 * the invariant masses, the bump hunt.
 *
 * @param bump null unless the observable is hunted for bumps
 */
public record Spectrum(Observable observable, ExpectedSpectrum expected, WeightedHistogram observed,
                       SpectrumComparison comparison, BumpHunter.Result bump) {

    /** Low edge of the first bin of the bump window. */
    public double bumpLow() {
        return observed.lowEdge(bump.window().first());
    }

    /** High edge of the last bin of the bump window. */
    public double bumpHigh() {
        return observed.lowEdge(bump.window().last() + 1);
    }
}
