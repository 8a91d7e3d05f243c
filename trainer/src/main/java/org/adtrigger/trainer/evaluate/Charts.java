package org.adtrigger.trainer.evaluate;

import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.plots.Palette;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look every XChart report plot shares, and PNG output; the colours are {@link Palette}'s, which the
 * data/MC plots share too. Plots are drawn off screen (headless AWT).
 */
public final class Charts {
    public static final int WIDTH = 900;
    public static final int HEIGHT = 600;

    /** Dark, saturated colours for signal lines drawn over the pastel background stack. */
    private static final Color[] SIGNAL_PALETTE = {
            new Color(0xC00000), new Color(0x000080), new Color(0x006400), new Color(0x6A0DAD),
            new Color(0x8B4513), new Color(0xFF00FF), new Color(0x008B8B)};

    /**
     * E_T^miss as a chart label: XChart draws plain text, so TeX's {@code E_T^miss} would print literally;
     * the HTML report writes it with sub- and superscript ({@link HtmlReport}).
     */
    public static final String MET = "MET";

    private Charts() {
    }

    /** The k-th of several dash patterns, so lines of one colour (the tier cuts) stay apart. */
    static BasicStroke dashes(int k) {
        float[][] patterns = {{8f, 4f}, {3f, 3f}, {10f, 3f, 2f, 3f}, {1.5f, 3f}};
        return new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                patterns[k % patterns.length], 0f);
    }

    public static Color signalColor(int i) {
        return SIGNAL_PALETTE[i % SIGNAL_PALETTE.length];
    }

    public static XYChart chart(String title, String xTitle, String yTitle) {
        // The first AWT call decides: without this, a machine with a DISPLAY variable but no reachable
        // X server would fail, and a batch job has no business opening one.
        System.setProperty("java.awt.headless", "true");
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle)
                .yAxisTitle(yTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        return chart;
    }

    /** A line without markers. */
    public static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, boolean dashed) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(dashed ? new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f) : new BasicStroke(2f));
        return series;
    }

    public static void savePng(XYChart chart, Path file) throws IOException {
        AtomicOutput.write(file, BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG));
    }

    /** A sample name made safe for a file name. */
    public static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
