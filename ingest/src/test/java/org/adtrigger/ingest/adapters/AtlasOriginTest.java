package org.adtrigger.ingest.adapters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ATLAS Open Data weight formula and data flag on hand-computed numbers. */
class AtlasOriginTest {

    @Test
    void mcWeightIsGeneratorWeightTimesScaleFactorsTimesLumiTimesCrossSectionOverSumOfWeights() throws Exception {
        // 2.0 × 0.9 × 0.95 × 1.02 × 0.98 × 10 000 pb⁻¹ × 0.5 pb / 1000 = 8.54658
        EventOrigin origin = new AtlasOrigin("Zee", false, 10_000, false).origin(mc(), 0);
        assertThat(origin.weight()).isCloseTo(8.54658, within(1e-9));
        assertThat(origin.isData()).isFalse();
        assertThat(origin.datasetId()).isEqualTo(361106);
        assertThat(origin.sample()).isEqualTo("Zee");
    }

    @Test
    void bTaggingBringsInItsScaleFactorAndLuminosityScalesTheWeight() throws Exception {
        // 8.54658 × 0.97 = 8.2901826, at 20 fb⁻¹ twice that
        assertThat(new AtlasOrigin("Zee", false, 10_000, true).origin(mc(), 0).weight())
                .isCloseTo(8.2901826, within(1e-9));
        assertThat(new AtlasOrigin("Zee", false, 20_000, true).origin(mc(), 0).weight())
                .isCloseTo(16.5803652, within(1e-9));
    }

    @Test
    void dataWeighsOneWhateverItsEmptyWeightBranchesSay() throws Exception {
        Map<String, Values> data = columns(298773, 298773, 0, 0, 1, 1);
        assertThat(new AtlasOrigin("data", false, 10_000, true).origin(block(data), 0))
                .isEqualTo(new EventOrigin("data", 0, true, 1));
        Map<String, Values> channelZero = columns(0, 284500, 0, 0, 1, 1);
        assertThat(new AtlasOrigin("x", false, 10_000, true).origin(block(channelZero), 0).isData()).isTrue();
        assertThat(new AtlasOrigin("data", true, 10_000, true).origin(mc(), 0).weight()).isEqualTo(1);
    }

    @Test
    void aZeroSumOfWeightsIsABadRecord() {
        ArrayBlock block = block(columns(361106, 284500, 2, 0.5, 0, 1));
        assertThatThrownBy(() -> new AtlasOrigin("Zee", false, 10_000, true).origin(block, 0))
                .isInstanceOf(BadRecordException.class).hasMessageContaining("SumWeights is 0.0");
    }

    private static ArrayBlock mc() {
        return block(columns(361106, 284500, 2.0, 0.5, 1000, 0.97));
    }

    private static Map<String, Values> columns(double channel, double run, double mcWeight, double xsec,
            double sumWeights, double btagSf) {
        Map<String, Values> c = new LinkedHashMap<>();
        c.put("channelNumber", Values.flat(channel));
        c.put("runNumber", Values.flat(run));
        c.put("mcWeight", Values.flat(mcWeight));
        c.put("scaleFactor_PILEUP", Values.flat(0.9));
        c.put("scaleFactor_ELE", Values.flat(0.95));
        c.put("scaleFactor_MUON", Values.flat(1.02));
        c.put("scaleFactor_LepTRIGGER", Values.flat(0.98));
        c.put("scaleFactor_BTAG", Values.flat(btagSf));
        c.put("XSection", Values.flat(xsec));
        c.put("SumWeights", Values.flat(sumWeights));
        return c;
    }

    private static ArrayBlock block(Map<String, Values> columns) {
        return ArrayBlock.entries("mc_361106.Zee.4lep.root", 0, 1, columns);
    }
}
