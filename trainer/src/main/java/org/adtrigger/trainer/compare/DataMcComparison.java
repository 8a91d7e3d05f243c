package org.adtrigger.trainer.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ClsLimit;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.ObservedSignificance;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.WeightedCount;
import org.adtrigger.core.stats.WeightedHistogram;

/**
 * Data against the MC expectation in every region: counts, Z_Bi, CLs limits, ADFilter's cross-section,
 * and every {@link Observable}'s spectrum with its χ², the invariant masses bump-hunted.
 *
 * <p>Bump-hunt expectation: the MC's per-bin Σw, raised to the weight of one average MC event of the region
 * (its Σw/N) where it is below that. The MC cannot resolve a smaller expectation: a tail bin holding no event
 * of the dominant, heavy-weight process but a few light events of rare ones (or none at all: the posterior
 * mean of a Poisson count of MC events with a flat prior is one event) would otherwise claim an expectation
 * of a tiny fraction of an event where the data, with more events than the MC, show a few, and the hunt
 * would "find" the MC's missing tail. Pseudo-experiments are thrown around the same raised expectation, so
 * the global p-value stays calibrated; the price is sensitivity far in the tails when the MC is smaller than
 * the data. The plots, the χ² and the counts show the MC as it is. The hunt includes the MC's statistical
 * error: each bin's Σw² (a raised bin's, that of one average MC event) goes into the local p-values and the
 * pseudo-experiments ({@link BumpHunter}).
 */
public final class DataMcComparison {
    /** 95 % CL. */
    public static final double CONFIDENCE_LEVEL = 0.95;

    /**
     * @param luminosityFb      the data's integrated luminosity, fb⁻¹ (MC weights already scaled to it)
     * @param pseudoExperiments background-only pseudo-experiments per bump hunt
     * @param seed              seed of the first bump hunt; hunt k uses seed + k
     * @param maxWidth          widest bump-hunt window, in bins
     */
    public record Settings(double luminosityFb, int pseudoExperiments, long seed, int maxWidth) {
    }

    private DataMcComparison() {
    }

    /** How many bump hunts {@link #analyse} runs: what a progress bar counts toward. */
    public static long bumpHunts(List<Region> regions) {
        long resonant = java.util.Arrays.stream(Observable.values()).filter(Observable::isResonant).count();
        return regions.size() * resonant;
    }

    /**
     * @param progress running count of pseudo-experiments thrown, over all hunts
     */
    public static List<RegionResult> analyse(EventTable mc, EventTable data, List<Region> regions, Settings settings,
                                             LongConsumer progress) {
        double[] mcLogScores = mc.log10Scores();
        BumpHunter hunter = new BumpHunter(settings.maxWidth());
        List<RegionResult> results = new ArrayList<>();
        long[] done = {0};
        long seed = settings.seed();
        for (Region region : regions) {
            List<Spectrum> spectra = new ArrayList<>();
            WeightedCount expected = WeightedCount.ZERO;
            long mcEvents = 0;
            for (int i = 0; i < mc.size(); i++) {
                if (region.contains(mc.score(i))) {
                    double w = mc.weight(i);
                    expected = new WeightedCount(expected.sumW() + w, expected.sumW2() + w * w);
                    mcEvents++;
                }
            }
            long observed = 0;
            for (int i = 0; i < data.size(); i++) {
                if (region.contains(data.score(i))) {
                    observed++;
                }
            }
            double meanWeight = mcEvents == 0 ? 0 : expected.sumW() / mcEvents;
            for (Observable o : Observable.values()) {
                WeightedHistogram binning = o.binning(mcLogScores);
                ExpectedSpectrum expectedSpectrum = new ExpectedSpectrum(binning, mc.sampleNames());
                for (int i = 0; i < mc.size(); i++) {
                    double v = mc.value(o, i);
                    if (region.contains(mc.score(i)) && !Double.isNaN(v)) {
                        expectedSpectrum.fill(mc.sampleOf(i), v, mc.weight(i));
                    }
                }
                WeightedHistogram observedSpectrum = expectedSpectrum.emptyHistogram();
                for (int i = 0; i < data.size(); i++) {
                    double v = data.value(o, i);
                    if (region.contains(data.score(i)) && !Double.isNaN(v)) {
                        observedSpectrum.fill(v, 1.0);
                    }
                }
                BumpHunter.Result bump = null;
                if (o.isResonant()) {
                    long base = done[0];
                    bump = hunter.hunt(observedSpectrum.contents(), huntExpectation(expectedSpectrum, meanWeight),
                            huntVariance(expectedSpectrum, meanWeight), settings.pseudoExperiments(), seed++,
                            n -> progress.accept(base + n));
                    done[0] += settings.pseudoExperiments();
                }
                spectra.add(new Spectrum(o, expectedSpectrum, observedSpectrum,
                        SpectrumComparison.of(observedSpectrum, expectedSpectrum.total()), bump));
            }
            ObservedSignificance z = ObservedSignificance.of(observed, expected);
            ClsLimit.Limits limits = region.isAnomalyRegion()
                    ? new ClsLimit(expected, CONFIDENCE_LEVEL).limits(observed) : null;
            double lumi = settings.luminosityFb();
            results.add(new RegionResult(region, z, limits, (observed - expected.sumW()) / lumi,
                    Math.sqrt(observed + expected.sumW2()) / lumi, spectra));
        }
        return results;
    }

    /** The expectation the bump hunt tests against: the MC's, at least one average MC event per bin. */
    static double[] huntExpectation(ExpectedSpectrum expected, double meanWeight) {
        return BumpHunter.floored(expected.totalContents(), meanWeight);
    }

    /** Its MC statistical variance: Σw² per bin, a floored bin's that of one average MC event. */
    static double[] huntVariance(ExpectedSpectrum expected, double meanWeight) {
        WeightedHistogram total = expected.total();
        return BumpHunter.flooredVariance(total.contents(), total.variances(), meanWeight);
    }
}
