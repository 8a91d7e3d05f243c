package org.adtrigger.trainer.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.ObservedSignificance;
import org.adtrigger.core.stats.WeightedCount;
import org.adtrigger.core.stats.WeightedHistogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The region arithmetic and the report, on hand-made tables (no model). */
class DataMcComparisonTest {
    private static final double LUMI_FB = 2.0;
    private static final List<Region> REGIONS = List.of(new Region("all", "whole selection", Double.NEGATIVE_INFINITY),
            new Region("tier3", "tier ≥ 3", 0.5));

    /** MC: 100 "dy" events of weight 0.5 at score 0.1, 10 "tt" events of weight 0.2 at score 0.9. */
    private static EventTable mc() {
        EventTable mc = new EventTable();
        for (int i = 0; i < 100; i++) {
            mc.add("dy", 0.5, 0.1, kinematics(91.0));
        }
        for (int i = 0; i < 10; i++) {
            mc.add("tt", 0.2, 0.9, kinematics(300.0));
        }
        return mc;
    }

    /** Data: 48 events at score 0.1, 7 at score 0.9 with m_ℓℓ = 1000 GeV. */
    private static EventTable data() {
        EventTable data = new EventTable();
        for (int i = 0; i < 48; i++) {
            data.add("data", 1.0, 0.1, kinematics(91.0));
        }
        for (int i = 0; i < 7; i++) {
            data.add("data", 1.0, 0.9, kinematics(1000.0));
        }
        return data;
    }

    private static double[] kinematics(double mll) {
        double[] k = new double[Observable.kinematicCount()];
        k[Observable.MET.ordinal() - 1] = 20;
        k[Observable.LEPTONS.ordinal() - 1] = 2;
        k[Observable.MLL.ordinal() - 1] = mll;
        k[Observable.MJJ.ordinal() - 1] = Double.NaN;
        k[Observable.MALL.ordinal() - 1] = mll;
        k[Observable.MT.ordinal() - 1] = Double.NaN;
        return k;
    }

    private static List<RegionResult> analyse() {
        return DataMcComparison.analyse(mc(), data(), REGIONS, new DataMcComparison.Settings(LUMI_FB, 200, 1, 3),
                n -> { });
    }

    @Test
    void countsSignificanceLimitsAndAdFilterCrossSection() {
        List<RegionResult> results = analyse();
        RegionResult all = results.get(0);
        // b = 100 × 0.5 + 10 × 0.2 = 52, Σw² = 100 × 0.25 + 10 × 0.04 = 25.4
        assertThat(all.significance().observed()).isEqualTo(55);
        assertThat(all.significance().expected().sumW()).isCloseTo(52.0, within(1e-9));
        assertThat(all.significance().expected().sumW2()).isCloseTo(25.4, within(1e-9));
        assertThat(all.limits()).as("no limit without an anomaly cut").isNull();
        RegionResult tier3 = results.get(1);
        // tier 3: 7 observed over 2.0 ± √0.4 expected
        assertThat(tier3.significance().observed()).isEqualTo(7);
        assertThat(tier3.significance().z()).isCloseTo(
                ObservedSignificance.of(7, new WeightedCount(2.0, 0.4)).z(), within(1e-9));
        assertThat(tier3.adFilterFb()).isCloseTo((7 - 2.0) / LUMI_FB, within(1e-12));
        assertThat(tier3.adFilterErrorFb()).isCloseTo(Math.sqrt(7 + 0.4) / LUMI_FB, within(1e-12));
        assertThat(tier3.limits().observed()).isGreaterThan(tier3.limits().expectedMedian());
    }

    @Test
    void spectraLeaveOutEventsWhereTheQuantityDoesNotApplyAndHuntTheMasses() {
        RegionResult tier3 = analyse().get(1);
        Spectrum mll = tier3.spectra().get(Observable.MLL.ordinal());
        assertThat(mll.observable()).isEqualTo(Observable.MLL);
        assertThat(mll.comparison().observed()).isEqualTo(7);
        // the 7 events at 1 TeV sit where the MC has nothing: the bump hunt finds them there
        assertThat(mll.comparison().observedWhereNoneExpected()).isEqualTo(7);
        assertThat(mll.bumpLow()).isLessThanOrEqualTo(1000.0);
        assertThat(mll.bumpHigh()).isGreaterThan(1000.0);
        Spectrum mjj = tier3.spectra().get(Observable.MJJ.ordinal());
        assertThat(mjj.comparison().observed()).as("no event has two jets").isZero();
        assertThat(tier3.spectra().get(Observable.MET.ordinal()).bump()).as("only masses are hunted").isNull();
    }

    @Test
    void huntExpectationHasAtLeastOneAverageMcEventPerBin() {
        ExpectedSpectrum spectrum = new ExpectedSpectrum(new WeightedHistogram(4, 0, 4));
        spectrum.fill("a", 0.5, 3.0);
        spectrum.fill("b", 1.5, 0.1);
        assertThat(DataMcComparison.huntExpectation(spectrum, 0.5)).containsExactly(3.0, 0.5, 0.5, 0.5);
    }

    @Test
    void reportIsStrictJsonWithPlotsAndWarnsOnNormalisation(@TempDir Path dir) throws IOException {
        List<RegionResult> results = analyse();
        List<Path> written = CompareReport.write(dir, Map.of("model", "m.onnx", "data", "d", "mc", "m"), results,
                LUMI_FB);
        assertThat(written).hasSize(2 * Observable.values().length + 2);
        JsonNode json = JsonMapper.builder().disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()
                .readTree(dir.resolve(CompareReport.JSON).toFile());
        assertThat(json.get("normalisationWarning").isNull()).isTrue();
        assertThat(json.get("regions").get(1).get("limitFb").get("observed").asDouble())
                .isCloseTo(results.get(1).limits().observed() / LUMI_FB, within(1e-9));
        assertThat(Files.size(dir.resolve("tier3-mll.png"))).isPositive();
        // 55 observed over 5.2 expected: more than a factor 2 off
        EventTable scaled = new EventTable();
        for (int i = 0; i < 110; i++) {
            scaled.add("dy", 0.05, 0.1, kinematics(91.0));
        }
        RegionResult off = DataMcComparison.analyse(scaled, data(), REGIONS.subList(0, 1),
                new DataMcComparison.Settings(LUMI_FB, 10, 1, 3), n -> { }).get(0);
        assertThat(CompareReport.normalisationWarning(off)).contains("data/MC = 55 / 5.500 = 10.0");
    }
}
