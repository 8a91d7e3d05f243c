package org.adtrigger.trainer.compare;

import java.util.Locale;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.plots.SpectrumPlot;

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
        return bump.window().low(observed);
    }

    /** High edge of the last bin of the bump window. */
    public double bumpHigh() {
        return bump.window().high(observed);
    }

    /** What its data/MC plot in {@code region} shows, the luminosity first on the subtitle. */
    public SpectrumPlot plot(Region region, double luminosityFb) {
        return new SpectrumPlot(observable.title() + " — " + region.label(), observable.label(), observable.unit(),
                String.format(Locale.ROOT, "L = %.3g fb⁻¹", luminosityFb), expected, observed, comparison, bump);
    }
}
