package org.adtrigger.trainer.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ClsLimit;
import org.adtrigger.core.stats.ObservedSignificance;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.SpectrumJson;
import org.adtrigger.plots.DataMcPlot;
import org.adtrigger.plots.ReportFormat;
import org.adtrigger.trainer.evaluate.MetricsJson;

/**
 * Writes a {@code compare} report directory: {@code compare.json}, one PNG per region and observable
 * ({@code REGION-OBSERVABLE.png}) and {@code index.html} with the tables and plots.
 */
public final class CompareReport {
    public static final String JSON = "compare.json";
    public static final String HTML = "index.html";

    /** Outside [1/2, 2] the data/MC normalisation is called off (weights, luminosity, missing samples). */
    public static final double NORMALISATION_FACTOR = 2.0;

    private CompareReport() {
    }

    /** The PNG of one spectrum. */
    public static String plotFile(Region region, Observable o) {
        return region.id() + "-" + o.id() + ".png";
    }

    /**
     * The normalisation warning for the whole selection, or null when data/MC is within a factor
     * {@link #NORMALISATION_FACTOR}.
     */
    public static String normalisationWarning(RegionResult whole) {
        double observed = whole.significance().observed();
        double expected = whole.significance().expected().sumW();
        double ratio = expected > 0 ? observed / expected : Double.POSITIVE_INFINITY;
        if (ratio <= NORMALISATION_FACTOR && ratio >= 1 / NORMALISATION_FACTOR) {
            return null;
        }
        return String.format(Locale.ROOT, "warning: data/MC = %d / %.4g = %.3g over the whole selection, off by "
                + "more than a factor %.0f: check the MC weights, --lumi and whether MC samples are missing", (long) observed,
                expected, ratio, NORMALISATION_FACTOR);
    }

    /** Z_Bi as the tables print it: "n/a" without expectation, "≥ 38.4" where p underflows, "−∞" for p = 1. */
    public static String formatZ(ObservedSignificance z) {
        if (Double.isNaN(z.z())) {
            return "n/a";
        }
        return z.pValue() == 0 ? String.format(Locale.ROOT, ">=%.1f", z.z()) : ReportFormat.sigma(z.z());
    }

    /** Writes everything; returns the files written. */
    public static List<Path> write(Path directory, Map<String, Object> provenance, List<RegionResult> results,
                                   double luminosityFb) throws IOException {
        Files.createDirectories(directory);
        List<Path> written = new ArrayList<>();
        for (RegionResult r : results) {
            for (Spectrum s : r.spectra()) {
                Path png = directory.resolve(plotFile(r.region(), s.observable()));
                DataMcPlot.write(png, s.plot(r.region(), luminosityFb));
                written.add(png);
            }
        }
        Path json = directory.resolve(JSON);
        MetricsJson.writeValue(json, json(provenance, results, luminosityFb));
        written.add(json);
        Path html = directory.resolve(HTML);
        Files.writeString(html, html(provenance, results, luminosityFb), StandardCharsets.UTF_8);
        written.add(html);
        return written;
    }

    static Map<String, Object> json(Map<String, Object> provenance, List<RegionResult> results, double lumiFb) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("provenance", provenance);
        root.put("luminosityFb", lumiFb);
        root.put("methods", Map.of(
                "significance", "Z_Bi (Cousins, Linnemann, Tucker 2008): MC as an off measurement, tau = b/sumW2",
                "limits", "CLs, 95 % CL, exact Poisson sums with n as test statistic; b marginalised over a Gamma "
                        + "of mean b and variance sumW2 (Cousins-Highland); no toys, no asymptotics",
                "adFilterCrossSection", "(N_obs - N_exp)/L in fb, error sqrt(N_obs + sumW2)/L",
                "bumpHunt", "BumpHunter (arXiv:1101.0390): windows of 1..maxWidth bins, one-sided Poisson local p; "
                        + "global p = fraction of background-only pseudo-experiments with t >= t_obs; bins "
                        + "expect at least one average MC event of the region (sumW/N); the MC error (sumW2) is in "
                        + "the local p (Z_Bi) and the pseudo-experiments (Gamma-distributed b)",
                "chi2", "sum of (d - b)^2 / (b + sumW2) over bins with b >= 5, plus one term pooling the bins with "
                        + "0 < b < 5; ndf = number of terms; data where the MC is empty: observedWhereNoneExpected"));
        String warning = results.isEmpty() ? null : normalisationWarning(results.get(0));
        root.put("normalisationWarning", warning);
        List<Map<String, Object>> regions = new ArrayList<>();
        for (RegionResult r : results) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.region().id());
            m.put("label", r.region().label());
            m.put("scoreCut", r.region().cut());
            m.put("observed", r.significance().observed());
            m.put("expected", r.significance().expected().sumW());
            m.put("expectedError", r.significance().expected().error());
            m.put("pValue", r.significance().pValue());
            m.put("significance", r.significance().z());
            if (r.limits() != null) {
                m.put("limitEvents", r.limits());
                m.put("limitFb", scaled(r.limits(), 1 / lumiFb));
            }
            m.put("adFilterCrossSectionFb", r.adFilterFb());
            m.put("adFilterCrossSectionErrorFb", r.adFilterErrorFb());
            List<Map<String, Object>> spectra = new ArrayList<>();
            for (Spectrum s : r.spectra()) {
                Map<String, Object> sm = new LinkedHashMap<>();
                sm.put("observable", s.observable().id());
                sm.put("plot", plotFile(r.region(), s.observable()));
                sm.putAll(SpectrumJson.comparison(s.comparison()));
                if (s.bump() != null) {
                    sm.put("bumpHunt", SpectrumJson.bumpHunt(s.bump(), s.observed()));
                }
                spectra.add(sm);
            }
            m.put("spectra", spectra);
            regions.add(m);
        }
        root.put("regions", regions);
        return root;
    }

    private static ClsLimit.Limits scaled(ClsLimit.Limits l, double f) {
        return new ClsLimit.Limits(l.observed() * f, l.expectedMinus2() * f, l.expectedMinus1() * f,
                l.expectedMedian() * f, l.expectedPlus1() * f, l.expectedPlus2() * f);
    }

    static String html(Map<String, Object> provenance, List<RegionResult> results, double lumiFb) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ADTrigger data vs MC"
                + "</title>\n<style>body{font-family:sans-serif;max-width:1200px;margin:auto}table{border-collapse:"
                + "collapse;margin:.5em 0}td,th{border:1px solid #bbb;padding:2px 6px;text-align:right}th{background:"
                + "#eee}td:first-child{text-align:left}img{max-width:49%}.warn{color:#b00;font-weight:bold}"
                + "</style></head><body>\n<h1>Data vs expectation</h1>\n");
        h.append("<p>Model <code>").append(esc(String.valueOf(provenance.get("model")))).append("</code>, data ")
                .append(esc(String.valueOf(provenance.get("data")))).append(", MC ")
                .append(esc(String.valueOf(provenance.get("mc"))))
                .append(String.format(Locale.ROOT, ", L = %.4g fb<sup>-1</sup>.</p>\n", lumiFb));
        String warning = results.isEmpty() ? null : normalisationWarning(results.get(0));
        if (warning != null) {
            h.append("<p class=\"warn\">").append(esc(warning)).append("</p>\n");
        }
        h.append("<h2>Regions: observed vs expected, limits</h2>\n<table><tr><th>region</th><th>score cut</th>"
                + "<th>observed</th><th>expected ± MC stat</th><th>Z<sub>Bi</sub></th>"
                + "<th>95 % CL<sub>s</sub> limit on σ·A·ε [fb], observed</th><th>expected (median, ±1σ)</th>"
                + "<th>ADFilter σ = (N<sub>obs</sub> − N<sub>exp</sub>)/L [fb]</th></tr>\n");
        for (RegionResult r : results) {
            h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>%d</td><td>%.4g ± %.2g</td><td>%s</td>",
                    esc(r.region().label()), r.region().isAnomalyRegion() ? String.format(Locale.ROOT, "%.4g",
                            r.region().cut()) : "none", r.significance().observed(),
                    r.significance().expected().sumW(), r.significance().expected().error(),
                    formatZ(r.significance())));
            if (r.limits() != null) {
                ClsLimit.Limits l = r.limits();
                h.append(String.format(Locale.ROOT, "<td>%.4g</td><td>%.4g [%.4g, %.4g]</td>", l.observed() / lumiFb,
                        l.expectedMedian() / lumiFb, l.expectedMinus1() / lumiFb, l.expectedPlus1() / lumiFb));
            } else {
                h.append("<td>–</td><td>–</td>");
            }
            h.append(String.format(Locale.ROOT, "<td>%.4g ± %.2g</td></tr>\n", r.adFilterFb(), r.adFilterErrorFb()));
        }
        h.append("</table>\n");
        h.append("<h2>Bump hunt (BumpHunter, invariant masses)</h2>\n<table><tr><th>region</th><th>mass</th>"
                + "<th>window</th><th>observed</th><th>expected</th><th>local Z</th><th>global p</th>"
                + "<th>global Z</th></tr>\n");
        for (RegionResult r : results) {
            for (Spectrum s : r.spectra()) {
                if (s.bump() == null) {
                    continue;
                }
                BumpHunter.Result b = s.bump();
                if (!b.window().isExcess()) {
                    h.append("<tr><td>").append(esc(r.region().label())).append("</td><td>")
                            .append(s.observable().id()).append("</td><td colspan=\"6\">no excess</td></tr>\n");
                    continue;
                }
                h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%s</td><td>[%.0f, %.0f] GeV</td><td>%.0f</td>"
                                + "<td>%.3g</td><td>%s</td><td>%s%.3g</td><td>%s%s</td></tr>\n",
                        esc(r.region().label()), s.observable().id(), s.bumpLow(), s.bumpHigh(),
                        b.window().observed(), b.window().expected(), ReportFormat.sigma(b.window().localSignificance()),
                        b.isBound() ? "&lt; " : "", b.isBound() ? 1.0 / b.pseudoExperiments() : b.globalP(),
                        b.isBound() ? "&gt; " : "", ReportFormat.sigma(b.globalSignificance())));
            }
        }
        h.append("</table>\n").append(METHODS);
        for (RegionResult r : results) {
            h.append("<h2>").append(esc(r.region().label())).append("</h2>\n<table><tr><th>observable</th>"
                    + "<th>observed</th><th>expected ± MC stat</th><th>χ²/ndf</th></tr>\n");
            for (Spectrum s : r.spectra()) {
                SpectrumComparison c = s.comparison();
                h.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.0f</td><td>%.4g ± %.2g</td><td>%.1f/%d</td>"
                                + "</tr>\n", esc(s.observable().label()), c.observed(), c.expected().sumW(),
                        c.expected().error(), c.chi2(), c.ndf()));
            }
            h.append("</table>\n");
            for (Spectrum s : r.spectra()) {
                String png = plotFile(r.region(), s.observable());
                h.append("<img src=\"").append(png).append("\" alt=\"").append(esc(s.observable().label()))
                        .append(", ").append(esc(r.region().label())).append("\">\n");
            }
        }
        h.append("</body></html>\n");
        return h.toString();
    }

    private static final String METHODS = """
            <h2>Methods</h2>
            <ul>
            <li><b>Expected</b>: MC Σw scaled to the data's luminosity; error √Σw² (MC statistics only). An MC \
            archive the model was trained on contributes its validation split only, scaled by 1/(split share). \
            Data events are counted one by one (weight 1).</li>
            <li><b>Data points</b>: 68.27 % central Garwood intervals; ratio panel: data/MC with the same \
            interval divided by the expectation, hatched band 1 ± σ<sub>b</sub>/b; red triangles: ratio above \
            the panel.</li>
            <li><b>χ²</b> = Σ (d − b)²/(b + Σw²), ndf = number of terms (nothing fitted); bins expecting fewer \
            than 5 events are pooled into one term; events observed where the MC is empty are counted apart.</li>
            <li><b>Z<sub>Bi</sub></b> (Cousins, Linnemann, Tucker, NIM A 595 (2008) 480): the MC as an auxiliary \
            measurement with τ = b/Σw²; p = I<sub>1/(1+τ)</sub>(n, τb + 1); deficits give Z &lt; 0.</li>
            <li><b>Limits</b>: CL<sub>s</sub> at 95 % CL on the visible signal yield, divided by L to give σ·A·ε \
            in fb; exact Poisson sums (the count n as test statistic, no toys, no asymptotics); b marginalised \
            over a Gamma distribution of mean b and variance Σw² (Cousins–Highland). Expected: the limits at \
            the median and ±1σ quantiles of n under background only.</li>
            <li><b>ADFilter cross-section</b>: (N<sub>obs</sub> − N<sub>exp</sub>)/L in fb, error \
            √(N<sub>obs</sub> + Σw²)/L.</li>
            <li><b>BumpHunter</b> (Choudalakis, arXiv:1101.0390) on m<sub>ℓℓ</sub>, m<sub>jj</sub>, \
            m<sub>all</sub>: every window of 1 to max-width contiguous bins, local p for excesses only: Z<sub>Bi</sub>'s \
            p of the window's d over its b ± √Σw² (the Poisson P(N ≥ d | b) when Σw² = 0); global p = fraction of \
            background-only pseudo-experiments (each bin's b drawn from a Gamma of mean b and variance Σw², then \
            Poisson; seeded) with a smaller minimum local p; "&lt; 1/N" when none. In the hunt every bin expects at \
            least one average MC event of the region (Σw/N, with that event's Σw²): the MC cannot resolve less, \
            and a tail the MC does not populate would otherwise look like a bump.</li>
            </ul>
            """;

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
