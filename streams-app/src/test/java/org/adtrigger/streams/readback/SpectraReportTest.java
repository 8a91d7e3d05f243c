package org.adtrigger.streams.readback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.plots.SpectrumPlot;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's plots: one per tier level and mass, named in the JSON, showing the JSON's numbers. */
class SpectraReportTest {
    private static final SpectraReport.Settings SETTINGS = new SpectraReport.Settings(50, 1, 3);

    @TempDir
    Path dir;

    @Test
    void everySpectrumHasItsPlotAndThePlotShowsTheNumbersOfTheJson() throws IOException {
        StreamSpectra spectra = new StreamSpectra(0, 10_000);
        // 12 events in m_ll bin 20 ([1000, 1050) GeV) at tier 3 over 5 ± 0.75 expected
        spectra.add(StreamSpectraTest.summary(1_000, WindowKeyType.ALL, 5, 2.0, 0.5));
        spectra.add(StreamSpectraTest.summary(2_000, WindowKeyType.ALL, 7, 3.0, 0.25));
        List<SpectraReport.Entry> entries = SpectraReport.analyse(spectra, SETTINGS, n -> { });

        List<Path> written = SpectraReport.write(dir, Map.of("topic", "window-summaries"), spectra, entries);

        assertThat(written).hasSize(entries.size() + 1).last().isEqualTo(dir.resolve(SpectraReport.JSON));
        JsonNode json = new ObjectMapper().readTree(dir.resolve(SpectraReport.JSON).toFile());
        int checked = 0;
        for (SpectraReport.Entry e : entries) {
            JsonNode s = spectrum(json, e.regionId(), e.mass().id());
            String file = s.path("plot").asText();
            assertThat(file).isEqualTo(e.regionId() + "-" + e.mass().id() + ".png");
            BufferedImage png = ImageIO.read(dir.resolve(file).toFile());
            assertThat(png).as(file).isNotNull();
            assertThat(png.getWidth()).isEqualTo(900);
            assertThat(png.getHeight()).isEqualTo(760);

            SpectrumPlot plot = SpectraReport.plot(e, spectra);
            assertThat(plot.expected().processes()).containsExactly(SpectraReport.EXPECTED_COMPONENT);
            WeightedHistogram expected = plot.expected().total();
            for (int k = 0; k < expected.binCount(); k++) {
                assertThat(plot.observed().bin(k).sumW()).as(file + " bin " + k)
                        .isEqualTo(s.path("observedBins").get(k).asDouble());
                assertThat(expected.bin(k).sumW()).isEqualTo(s.path("expectedBins").get(k).asDouble());
                assertThat(expected.bin(k).error()).isEqualTo(s.path("expectedErrorBins").get(k).asDouble());
            }
            assertThat(plot.comparison().chi2()).isEqualTo(s.path("chi2").asDouble());
            assertThat(plot.axisLabel()).isEqualTo(e.mass().label() + " [GeV]");
            assertThat(plot.context()).isEqualTo("stream: 12 events in 2 windows");
            checked++;
        }
        assertThat(checked).isEqualTo(12);

        SpectrumPlot mll3 = SpectraReport.plot(entries.stream().filter(e -> e.level() == 3
                && e.mass().id().equals("mll")).findFirst().orElseThrow(), spectra);
        JsonNode bump = spectrum(json, "tier3", "mll").path("bumpHunt");
        assertThat(mll3.title()).isEqualTo("m(ℓℓ), two leading leptons — tier ≥ 3");
        assertThat(bump.path("excess").asBoolean()).isTrue();
        assertThat(mll3.bumpLow()).isEqualTo(bump.path("low").asDouble()).isEqualTo(1000.0);
        assertThat(mll3.bumpHigh()).isEqualTo(bump.path("high").asDouble());
        assertThat(mll3.expected().total().bin(20).sumW()).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void withoutExpectationNoPlotIsDrawn() throws IOException {
        StreamSpectra spectra = new StreamSpectra(0, 10_000);
        WindowSummary unknown = StreamSpectraTest.summary(1_000, WindowKeyType.ALL, 5, 2.0, 0.5);
        unknown.getSpectra().forEach(s -> {
            s.setExpected(List.of());
            s.setExpectedError(List.of());
        });
        spectra.add(unknown);
        List<SpectraReport.Entry> entries = SpectraReport.analyse(spectra, SETTINGS, n -> { });

        List<Path> written = SpectraReport.write(dir, Map.of(), spectra, entries);

        assertThat(written).containsExactly(dir.resolve(SpectraReport.JSON));
        JsonNode json = new ObjectMapper().readTree(dir.resolve(SpectraReport.JSON).toFile());
        assertThat(spectrum(json, "tier3", "mll").has("plot")).isFalse();
        assertThat(SpectraReport.plot(entries.get(0), spectra)).isNull();
    }

    private static JsonNode spectrum(JsonNode report, String region, String mass) {
        for (JsonNode r : report.path("regions")) {
            for (JsonNode s : r.path("spectra")) {
                if (r.path("id").asText().equals(region) && s.path("observable").asText().equals(mass)) {
                    return s;
                }
            }
        }
        throw new AssertionError("no " + mass + " spectrum in region " + region);
    }
}
