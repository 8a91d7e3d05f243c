package org.adtrigger.plots;

import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.WeightedHistogram;

/**
 * Everything one data/MC plot ({@link DataMcPlot}) shows: the numbers, and the words around them. The report
 * that draws it decides the words; the plot draws only what is here, so a test of this record is a test of
 * what the plot shows.
 *
 * @param title      the plot's title, e.g. {@code m(ℓℓ), two leading leptons — tier ≥ 3}
 * @param axisLabel  the x axis, with its unit, e.g. {@code m(ℓℓ), two leading leptons [GeV]}
 * @param unit       the x unit alone, for the bump window in the subtitle ("" for none)
 * @param context    what the numbers are of, first on the subtitle: the luminosity, the stream's event count
 * @param expected   the expectation by component, drawn stacked; its total's Σw² is the uncertainty band
 * @param observed   the observed counts (unit weights), with the binning of {@code expected}
 * @param comparison observed against the expected total
 * @param bump       the bump hunt's result; null when the spectrum is not hunted
 */
public record SpectrumPlot(String title, String axisLabel, String unit, String context, ExpectedSpectrum expected,
                           WeightedHistogram observed, SpectrumComparison comparison, BumpHunter.Result bump) {

    /** Low edge of the bump window. */
    public double bumpLow() {
        return bump.window().low(observed);
    }

    /** High edge of the bump window. */
    public double bumpHigh() {
        return bump.window().high(observed);
    }
}
