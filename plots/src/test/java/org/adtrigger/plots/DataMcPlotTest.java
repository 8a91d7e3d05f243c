package org.adtrigger.plots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.ExpectedSpectrum;
import org.adtrigger.core.stats.PoissonInterval;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.WeightedHistogram;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plot of a hand-made spectrum: what reaches the chart, and a readable PNG. */
class DataMcPlotTest {

    /** 4 bins of 100 GeV; "a" expects 10 per bin, "b" 2 in bin 2; data 9, 11, 25, 0. */
    private static SpectrumPlot spectrum() {
        ExpectedSpectrum expected = new ExpectedSpectrum(new WeightedHistogram(4, 0, 400));
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < 10; i++) {
                expected.fill("a", 50 + 100 * k, 1.0);
            }
        }
        expected.fill("b", 250, 2.0);
        WeightedHistogram observed = expected.emptyHistogram();
        double[] counts = {9, 11, 25, 0};
        for (int k = 0; k < 4; k++) {
            observed.addToSlot(k + 1, counts[k], counts[k]);
        }
        BumpHunter.Result bump = new BumpHunter(2).hunt(new double[] {9, 11, 25, 0},
                expected.totalContents(), 100, 1, n -> { });
        return new SpectrumPlot("m(ℓℓ) — tier ≥ 3", "m(ℓℓ) [GeV]", "GeV", "L = 2 fb⁻¹", expected, observed,
                SpectrumComparison.of(observed, expected.total()), bump);
    }

    @Test
    void ratioPanelHoldsDataOverExpectationWithGarwoodErrors() {
        JFreeChart chart = DataMcPlot.chart(spectrum());
        CombinedDomainXYPlot combined = (CombinedDomainXYPlot) chart.getXYPlot();
        assertThat(combined.getDomainAxis().getLabel()).isEqualTo("m(ℓℓ) [GeV]");
        XYPlot main = combined.getSubplots().get(0);
        XYPlot ratio = combined.getSubplots().get(1);
        assertThat(main.getRangeAxis().getLabel()).isEqualTo("events per bin");
        assertThat(ratio.getRangeAxis().getLabel()).isEqualTo("data / MC");

        YIntervalSeriesCollection data = (YIntervalSeriesCollection) main.getDataset();
        // the empty bin has no point on the log axis
        assertThat(data.getItemCount(0)).isEqualTo(3);
        assertThat(data.getYValue(0, 2)).isEqualTo(25.0);
        YIntervalSeriesCollection ratios = (YIntervalSeriesCollection) ratio.getDataset();
        // bin 2: 25 / 12, its Garwood interval over 12 as well
        assertThat(ratios.getYValue(0, 2)).isCloseTo(25.0 / 12, within(1e-12));
        assertThat(ratios.getEndYValue(0, 2)).isCloseTo(PoissonInterval.garwood(25).high() / 12, within(1e-12));
        // the bump window [200, 300) GeV is shaded on both panels
        assertThat(main.getDomainMarkers(Layer.FOREGROUND).size()).isEqualTo(1);
        assertThat(ratio.getDomainMarkers(Layer.FOREGROUND).size()).isEqualTo(1);
    }

    @Test
    void subtitleCarriesTheContextTheNumbersAndTheBumpWindow() {
        String summary = DataMcPlot.summary(spectrum());
        assertThat(summary).startsWith("L = 2 fb⁻¹   observed 45, expected 42.0 ± ");
        assertThat(summary).contains("most significant window [200, 300] GeV");
    }

    @Test
    void writesAReadablePng(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("tier3-mll.png");
        DataMcPlot.write(png, spectrum());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(760);
    }
}
