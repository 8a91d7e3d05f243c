package org.adtrigger.ingest.adapters;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Settings of the adapters; each format reads the ones that concern it.
 *
 * @param lumiPb       integrated luminosity in pb⁻¹ that MC weights are normalised to (ATLAS Open Data)
 * @param btagWp       b-tag working point on the format's score; empty = the format's default
 * @param btagBranch   b-tag score column; empty = the format's default (NanoAOD)
 * @param sample       sample name for every event; empty = derived from the file (name or content)
 * @param textUnit     energy unit of Dark Machines text files
 * @param mapping      column-mapping file of CSV input
 */
public record IngestOptions(double lumiPb, OptionalDouble btagWp, Optional<String> btagBranch, Optional<String> sample,
        EnergyUnit textUnit, Optional<Path> mapping) {

    /** 10 fb⁻¹, in pb⁻¹. */
    public static final double DEFAULT_LUMI_PB = 10_000;

    public static final IngestOptions DEFAULTS = new IngestOptions(DEFAULT_LUMI_PB, OptionalDouble.empty(),
            Optional.empty(), Optional.empty(), EnergyUnit.MEV, Optional.empty());

    public IngestOptions {
        if (!(lumiPb > 0) || Double.isInfinite(lumiPb)) {
            throw new IllegalArgumentException("luminosity must be positive and finite, not " + lumiPb + " pb^-1");
        }
        if (btagWp.isPresent() && !Double.isFinite(btagWp.getAsDouble())) {
            throw new IllegalArgumentException("b-tag working point must be finite");
        }
        Objects.requireNonNull(btagBranch);
        Objects.requireNonNull(sample);
        Objects.requireNonNull(textUnit);
        Objects.requireNonNull(mapping);
    }

    public IngestOptions withLumiPb(double lumi) {
        return new IngestOptions(lumi, btagWp, btagBranch, sample, textUnit, mapping);
    }

    public IngestOptions withBtagWp(OptionalDouble wp) {
        return new IngestOptions(lumiPb, wp, btagBranch, sample, textUnit, mapping);
    }

    public IngestOptions withBtagBranch(Optional<String> branch) {
        return new IngestOptions(lumiPb, btagWp, branch, sample, textUnit, mapping);
    }

    public IngestOptions withSample(Optional<String> name) {
        return new IngestOptions(lumiPb, btagWp, btagBranch, name, textUnit, mapping);
    }

    public IngestOptions withTextUnit(EnergyUnit unit) {
        return new IngestOptions(lumiPb, btagWp, btagBranch, sample, unit, mapping);
    }

    public IngestOptions withMapping(Optional<Path> file) {
        return new IngestOptions(lumiPb, btagWp, btagBranch, sample, textUnit, file);
    }
}
