package org.adtrigger.streams.readback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

import org.adtrigger.card.ReportJson;
import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.SpectrumJson;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.plots.DataMcPlot;
import org.adtrigger.plots.SpectrumPlot;

/**
 * The observed-vs-expected report of a stream's window spectra summed over a time range: per tier level
 * (the whole stream, tier ≥ 1, 2, 3) and leading mass, the totals and χ² ({@link SpectrumComparison}) and the
 * BumpHunter's most significant window with its local and global significance, with the entries {@code
 * compare} writes for the same spectra ({@link SpectrumJson}). Hunt k of the report uses seed + k, in the
 * order of the JSON.
 *
 * <p>Hunt expectation: each bin's b, at least the expectation one average validation event of the card
 * carries, Σσ²/Σb over the spectrum (for a card's expectation n·f with error n·e per bin, σ²/b is n/W times
 * the event weight: the stream's version of {@code compare}'s Σw/N floor, see {@link BumpHunter#floored}),
 * and its MC statistical variance σ² (a floored bin's, one average event's) in the local p-values and the
 * pseudo-experiments, as {@code compare}.
 *
 * <p>Plots: where the expectation is known, one {@link DataMcPlot} per tier level and mass, {@code
 * REGION-MASS.png} as {@code compare} names them, listed in the JSON's {@code plot} entries. The card's
 * expectation is one sum over the background processes, so the stack has one component, labelled so.
 */
public final class SpectraReport {
    public static final String JSON = "spectra.json";
    /** The one component of the plots' stack: the card does not split its expectation by process. */
    public static final String EXPECTED_COMPONENT = "expected background (model card, all processes)";

    /**
     * @param pseudoExperiments background-only pseudo-experiments per bump hunt
     * @param seed              seed of the first hunt
     * @param maxWidth          widest bump-hunt window, in bins
     */
    public record Settings(int pseudoExperiments, long seed, int maxWidth) {
    }

    /** One tier level's spectrum of one mass; comparison and bump null when nothing is expected. */
    public record Entry(int level, LeadingMass mass, WeightedHistogram observed, WeightedHistogram expected,
                        SpectrumComparison comparison, BumpHunter.Result bump) {

        /** The region's short name, as {@code compare} names its tier regions: all, tier1..tier3. */
        public String regionId() {
            return level == 0 ? "all" : "tier" + level;
        }

        public String regionLabel() {
            return level == 0 ? "every scored event" : "tier ≥ " + level;
        }

        /** The plot's file name, {@code REGION-MASS.png}; null when nothing is expected (no plot). */
        public String plotFile() {
            return expected == null ? null : regionId() + "-" + mass.id() + ".png";
        }
    }

    private SpectraReport() {
    }

    /** @param progress running count of pseudo-experiments thrown, over all hunts */
    public static List<Entry> analyse(StreamSpectra spectra, Settings settings, LongConsumer progress) {
        BumpHunter hunter = new BumpHunter(settings.maxWidth());
        List<Entry> entries = new ArrayList<>();
        long seed = settings.seed();
        long done = 0;
        for (int level = 0; level < StreamSpectra.LEVELS; level++) {
            for (LeadingMass m : LeadingMass.values()) {
                WeightedHistogram observed = spectra.observed(m, level);
                WeightedHistogram expected = spectra.expected(m, level);
                if (expected == null) {
                    entries.add(new Entry(level, m, observed, null, null, null));
                    continue;
                }
                long base = done;
                BumpHunter.Result bump = hunter.hunt(observed.contents(), huntExpectation(expected),
                        huntVariance(expected), settings.pseudoExperiments(), seed++, n -> progress.accept(base + n));
                done += settings.pseudoExperiments();
                entries.add(new Entry(level, m, observed, expected, SpectrumComparison.of(observed, expected), bump));
            }
        }
        return entries;
    }

    /** The bins' expectation the hunt tests against: each at least Σσ²/Σb, one average validation event. */
    public static double[] huntExpectation(WeightedHistogram expected) {
        return BumpHunter.floored(expected.contents(), averageEvent(expected));
    }

    /** Its MC statistical variance: σ² per bin, a floored bin's that of one average validation event. */
    public static double[] huntVariance(WeightedHistogram expected) {
        return BumpHunter.flooredVariance(expected.contents(), expected.variances(), averageEvent(expected));
    }

    /** Σσ²/Σb: the expectation one validation event carries at the stream's count. */
    private static double averageEvent(WeightedHistogram expected) {
        double sumB = 0;
        double sumVariance = 0;
        for (int k = 0; k < expected.binCount(); k++) {
            sumB += expected.bin(k).sumW();
            sumVariance += expected.bin(k).sumW2();
        }
        return sumB > 0 ? sumVariance / sumB : 0;
    }

    /**
     * What the data/MC plot of {@code entry} shows: the observed spectrum as data, the expectation as one
     * stacked component with its MC statistical error as the band; null when nothing is expected.
     */
    public static SpectrumPlot plot(Entry entry, StreamSpectra spectra) {
        if (entry.expected() == null) {
            return null;
        }
        ExpectedSpectrum expected = new ExpectedSpectrum(entry.expected());
        expected.add(EXPECTED_COMPONENT, entry.expected());
        return new SpectrumPlot(entry.mass().label() + " — " + entry.regionLabel(), entry.mass().label() + " [GeV]",
                "GeV", String.format(Locale.ROOT, "stream: %d events in %d windows", spectra.events(),
                spectra.windows()), expected, entry.observed(), entry.comparison(), entry.bump());
    }

    /** Writes the plots, then {@code DIR/spectra.json}; returns the files written, the JSON last. */
    public static List<Path> write(Path directory, Map<String, Object> provenance, StreamSpectra spectra,
                                   List<Entry> entries) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (Entry e : entries) {
            SpectrumPlot plot = plot(e, spectra);
            if (plot != null) {
                Path png = directory.resolve(e.plotFile());
                DataMcPlot.write(png, plot);
                written.add(png);
            }
        }
        Path json = directory.resolve(JSON);
        ReportJson.write(json, json(provenance, spectra, entries));
        written.add(json);
        return written;
    }

    static Map<String, Object> json(Map<String, Object> provenance, StreamSpectra spectra, List<Entry> entries) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> range = new LinkedHashMap<>(provenance);
        range.put("from", Instant.ofEpochMilli(spectra.fromMs()).toString());
        range.put("to", Instant.ofEpochMilli(spectra.toMs()).toString());
        range.put("windows", spectra.windows());
        range.put("events", spectra.events());
        range.put("models", List.copyOf(spectra.models()));
        root.put("provenance", range);
        root.put("methods", Map.of(
                "observed", "every scored event of the windows of key ALL inside the range, unweighted",
                "expected", "sum over the events of their model card's background fraction per bin (validation "
                        + "split); error: the card's MC statistical error, summed linearly over events",
                "bumpHunt", "BumpHunter (arXiv:1101.0390): windows of 1..maxWidth bins, one-sided Poisson local p; "
                        + "global p = fraction of background-only pseudo-experiments with t >= t_obs; bins expect "
                        + "at least one average validation event (sum sigma^2 / sum b); the expectation's MC error "
                        + "is in the local p (Z_Bi) and the pseudo-experiments (Gamma-distributed b)",
                "chi2", "sum of (d - b)^2 / (b + sigma_b^2) over bins with b >= 5, plus one term pooling the bins "
                        + "with 0 < b < 5; ndf = number of terms"));
        root.put("expectationKnown", spectra.expectationKnown());
        List<Map<String, Object>> regions = new ArrayList<>();
        Map<String, Object> region = null;
        List<Map<String, Object>> spectraJson = null;
        int lastLevel = -1;
        for (Entry e : entries) {
            if (e.level() != lastLevel) {
                region = new LinkedHashMap<>();
                region.put("id", e.regionId());
                region.put("label", e.regionLabel());
                spectraJson = new ArrayList<>();
                region.put("spectra", spectraJson);
                regions.add(region);
                lastLevel = e.level();
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("observable", e.mass().id());
            if (e.plotFile() != null) {
                s.put("plot", e.plotFile());
            }
            if (e.comparison() != null) {
                s.putAll(SpectrumJson.comparison(e.comparison()));
            } else {
                s.put("observed", e.observed().total().sumW());
            }
            if (e.bump() != null) {
                s.put("bumpHunt", SpectrumJson.bumpHunt(e.bump(), e.observed()));
            }
            s.put("binLow", e.mass().low());
            s.put("binHigh", e.mass().high());
            s.put("observedBins", e.observed().contents());
            if (e.expected() != null) {
                s.put("expectedBins", e.expected().contents());
                double[] errors = new double[e.expected().binCount()];
                for (int k = 0; k < errors.length; k++) {
                    errors[k] = e.expected().bin(k).error();
                }
                s.put("expectedErrorBins", errors);
            }
            spectraJson.add(s);
        }
        root.put("regions", regions);
        return root;
    }
}
