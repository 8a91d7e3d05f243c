package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample, data flag and weight of ATLAS Open Data 13 TeV events.
 *
 * <p>MC weight = mcWeight × scaleFactor_PILEUP × scaleFactor_ELE × scaleFactor_MUON × scaleFactor_LepTRIGGER
 * (× scaleFactor_BTAG when jets are b-tagged) × L × XSection / SumWeights, with L in pb⁻¹ and XSection in
 * pb, as the release's analysis notebooks weight their MC. Data events weigh 1: in data files mcWeight and
 * the scale factors are 0.
 *
 * <p>An event is data when its file is a data file ({@code dataFile}, from the name) or its channelNumber
 * is 0 or equals its runNumber (data files of the 2020 release store the run number there; MC stores the
 * dataset id, which never equals an MC run number).
 */
public final class AtlasOrigin implements OriginRule {

    static final String CHANNEL = "channelNumber";
    static final String RUN = "runNumber";
    private static final String MC_WEIGHT = "mcWeight";
    private static final String CROSS_SECTION = "XSection";
    private static final String SUM_WEIGHTS = "SumWeights";
    private static final List<String> LEPTON_SCALE_FACTORS = List.of("scaleFactor_PILEUP", "scaleFactor_ELE",
            "scaleFactor_MUON", "scaleFactor_LepTRIGGER");
    private static final String BTAG_SCALE_FACTOR = "scaleFactor_BTAG";

    private final String sample;
    private final boolean dataFile;
    private final double lumiPb;
    private final List<String> scaleFactors;

    /**
     * @param sample   sample name of every event
     * @param dataFile whether the file holds collision data
     * @param lumiPb   integrated luminosity the MC is normalised to, pb⁻¹
     * @param bTagged  whether jets are b-tagged, which brings in the b-tagging scale factor
     */
    public AtlasOrigin(String sample, boolean dataFile, double lumiPb, boolean bTagged) {
        this.sample = sample;
        this.dataFile = dataFile;
        this.lumiPb = lumiPb;
        List<String> factors = new ArrayList<>(LEPTON_SCALE_FACTORS);
        if (bTagged) {
            factors.add(BTAG_SCALE_FACTOR);
        }
        this.scaleFactors = List.copyOf(factors);
    }

    @Override
    public List<String> columns() {
        List<String> columns = new ArrayList<>(List.of(CHANNEL, RUN, MC_WEIGHT, CROSS_SECTION, SUM_WEIGHTS));
        columns.addAll(scaleFactors);
        return columns;
    }

    @Override
    public EventOrigin origin(ColumnBlock block, int entry) throws IOException, BadRecordException {
        double channel = block.scalar(CHANNEL, entry);
        if (dataFile || channel == 0 || channel == block.scalar(RUN, entry)) {
            return new EventOrigin(sample, 0, true, 1);
        }
        double weight = block.scalar(MC_WEIGHT, entry);
        for (String factor : scaleFactors) {
            weight *= block.scalar(factor, entry);
        }
        double sumWeights = block.scalar(SUM_WEIGHTS, entry);
        if (!(sumWeights != 0) || !Double.isFinite(sumWeights)) {
            throw new BadRecordException(SUM_WEIGHTS + " is " + sumWeights + ": the MC cannot be normalised");
        }
        weight *= lumiPb * block.scalar(CROSS_SECTION, entry) / sumWeights;
        return new EventOrigin(sample, (int) channel, false, weight);
    }
}
