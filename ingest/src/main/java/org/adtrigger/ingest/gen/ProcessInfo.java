package org.adtrigger.ingest.gen;

import org.adtrigger.schema.TruthLabel;

/**
 * What a generated sample is: the names written into each event and its cross section.
 *
 * @param sample         short sample name written to {@code Event.sample}, e.g. {@code zee}, {@code zprime2000}
 * @param datasetId      dataset code written to {@code Event.datasetId}: 1000xx for SM samples;
 *                       for BSM family·10⁶ + (m₁/10 GeV)·10³ + (m₂/10 GeV)
 * @param label          BACKGROUND for SM processes, SIGNAL for BSM ones
 * @param crossSectionPb σ × branching ratio into the generated final state at √s = 13 TeV [pb]
 * @param description    one line: the process and its final state
 */
public record ProcessInfo(String sample, int datasetId, TruthLabel label, double crossSectionPb,
        String description) {

    public ProcessInfo {
        if (!(crossSectionPb > 0.0 && Double.isFinite(crossSectionPb))) {
            throw new IllegalArgumentException("cross section of " + sample + " must be positive: " + crossSectionPb);
        }
    }

    static ProcessInfo background(String sample, int datasetId, double crossSectionPb, String description) {
        return new ProcessInfo(sample, datasetId, TruthLabel.BACKGROUND, crossSectionPb, description);
    }

    /** A BSM sample; masses are in GeV and must be below 10 TeV for the dataset code. */
    static ProcessInfo signal(String sample, int family, int mass1, int mass2, double crossSectionPb,
            String description) {
        int datasetId = family * 1_000_000 + Math.round(mass1 / 10f) * 1_000 + Math.round(mass2 / 10f);
        return new ProcessInfo(sample, datasetId, TruthLabel.SIGNAL, crossSectionPb, description);
    }

    /**
     * Refuses a BSM mass point unless minLight ≤ m(light) ≤ m(heavy) − minSplitting [GeV].
     *
     * @param family    family name for the message, e.g. {@code c1n2}
     * @param heavyName how the message names the heavier mass, e.g. {@code m(C1)}
     * @param lightName how the message names the lighter mass, e.g. {@code m(LSP)}
     */
    static void requireMassOrder(String family, String heavyName, String lightName, int heavy, int light,
            int minLight, int minSplitting) {
        if (light < minLight || heavy - light < minSplitting) {
            throw new IllegalArgumentException(family + " needs " + minLight + " <= " + lightName + " <= " + heavyName
                    + " - " + minSplitting + " GeV, got " + heavy + "/" + light);
        }
    }
}
