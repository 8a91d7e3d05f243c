package org.adtrigger.plots;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.TexturePaint;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.core.stats.PoissonInterval;
import org.adtrigger.core.stats.SpectrumComparison;
import org.adtrigger.core.stats.WeightedHistogram;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYPolygonAnnotation;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The data/MC plot physicists publish: MC stacked by process (largest on top, as in ROOT's THStack), its
 * Σw² uncertainty as a hatched-grey band around the total, data as points with 68.27 % Garwood intervals,
 * and below a data/MC ratio panel sharing the x axis (data points with their Poisson error divided by the
 * expectation, the MC band as 1 ± σ_b/b). Logarithmic y in the main panel; empty data bins are not drawn
 * (no point on a log axis), bins without MC have no ratio. The bump hunt's most significant window, where
 * there is one, is shaded on both panels. The numbers (observed, expected ± error, χ²/ndf, bump) are the
 * subtitle. What is drawn comes from a {@link SpectrumPlot}: {@code compare} stacks its MC samples, the
 * stream's read-back its one expected background.
 *
 * <p>JFreeChart rather than XChart (the other report plots): XChart has no asymmetric error bars and no
 * shared-axis sub-plots.
 */
public final class DataMcPlot {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 760;
    /** The MC statistical band: dark diagonal hatching, so the stack shows through it. */
    private static final Paint BAND = hatching();
    private static final Color WINDOW = new Color(220, 0, 0, 45);
    private static final double RATIO_MAX = 2.5;

    private DataMcPlot() {
    }

    private static Paint hatching() {
        BufferedImage tile = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = tile.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(40, 40, 40, 200));
        g.setStroke(new BasicStroke(1.2f));
        g.drawLine(0, 8, 8, 0);
        g.drawLine(-1, 1, 1, -1);
        g.drawLine(7, 9, 9, 7);
        g.dispose();
        return new TexturePaint(tile, new Rectangle2D.Double(0, 0, 8, 8));
    }

    public static void write(Path file, SpectrumPlot spectrum) throws IOException {
        System.setProperty("java.awt.headless", "true");
        ChartUtils.saveChartAsPNG(file.toFile(), chart(spectrum), WIDTH, HEIGHT);
    }

    static JFreeChart chart(SpectrumPlot spectrum) {
        WeightedHistogram total = spectrum.expected().total();
        WeightedHistogram data = spectrum.observed();
        int bins = total.binCount();
        double low = total.lowEdge(0);
        double high = total.lowEdge(bins);

        NumberAxis x = new NumberAxis(spectrum.axisLabel());
        x.setRange(low, high);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(x);
        combined.setGap(4);
        XYPlot main = mainPanel(spectrum, total, data);
        XYPlot ratio = ratioPanel(total, data);
        if (spectrum.bump() != null && spectrum.bump().window().isExcess()) {
            for (XYPlot p : List.of(main, ratio)) {
                IntervalMarker window = new IntervalMarker(spectrum.bumpLow(), spectrum.bumpHigh());
                window.setPaint(WINDOW);
                p.addDomainMarker(window);
            }
        }
        combined.add(main, 3);
        combined.add(ratio, 1);

        JFreeChart chart = new JFreeChart(spectrum.title(), new Font("SansSerif", Font.BOLD, 16), combined, false);
        chart.setBackgroundPaint(Color.WHITE);
        for (String line : summary(spectrum).split("\n")) {
            chart.addSubtitle(new TextTitle(line, new Font("SansSerif", Font.PLAIN, 12)));
        }
        LegendTitle legend = new LegendTitle(main);
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        return chart;
    }

    private static XYPlot mainPanel(SpectrumPlot spectrum, WeightedHistogram total, WeightedHistogram data) {
        int bins = total.binCount();
        List<String> processes = new ArrayList<>(spectrum.expected().processes());
        processes.sort(Comparator.comparingDouble(p -> spectrum.expected().process(p).total().sumW()));
        // colours follow the order of first appearance, so a process keeps its colour across plots
        List<String> byAppearance = spectrum.expected().processes();

        double smallest = Double.POSITIVE_INFINITY;
        double largest = 0;
        for (int k = 0; k < bins; k++) {
            double b = total.bin(k).sumW();
            double d = data.bin(k).sumW();
            for (double v : new double[] {b, d}) {
                if (v > 0) {
                    smallest = Math.min(smallest, v);
                }
            }
            largest = Math.max(largest, Math.max(b + total.bin(k).error(),
                    d > 0 ? PoissonInterval.garwood(Math.round(d)).high() : 0));
        }
        if (!Double.isFinite(smallest)) {
            smallest = 1;
            largest = 1;
        }
        double floor = Math.min(smallest, 1.0) * 0.3;
        LogAxis y = new LogAxis("events per bin");
        y.setSmallestValue(floor);
        // headroom for the legend-free top
        y.setRange(floor, Math.max(largest, floor * 10) * 4);
        // one tick per decade, labelled 10ⁿ (LogAxis writes the exponent as a superscript)
        y.setTickUnit(new NumberTickUnit(1.0));

        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        YIntervalSeries series = new YIntervalSeries("Data");
        for (int k = 0; k < bins; k++) {
            long d = Math.round(data.bin(k).sumW());
            if (d > 0) {
                PoissonInterval interval = PoissonInterval.garwood(d);
                series.add(total.center(k), d, interval.low(), interval.high());
            }
        }
        points.addSeries(series);
        XYPlot plot = new XYPlot(points, null, y, dataRenderer());
        style(plot);

        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("Data", null, null, null, new Ellipse2D.Double(-3.5, -3.5, 7, 7), Color.BLACK));
        // each process is the band between the cumulative sums below and including it, smallest at the bottom
        double[] cumulative = new double[bins];
        List<LegendItem> stackItems = new ArrayList<>();
        for (String process : processes) {
            WeightedHistogram h = spectrum.expected().process(process);
            double[] below = new double[bins];
            double[] above = new double[bins];
            for (int k = 0; k < bins; k++) {
                below[k] = Math.max(cumulative[k], floor);
                cumulative[k] += Math.max(0, h.bin(k).sumW());
                above[k] = Math.max(cumulative[k], floor);
            }
            Color paint = Palette.color(byAppearance.indexOf(process));
            plot.getRenderer().addAnnotation(new XYPolygonAnnotation(band(total, below, above), new BasicStroke(0.5f),
                    paint.darker(), paint), Layer.BACKGROUND);
            stackItems.add(0, new LegendItem(process, null, null, null, new Rectangle(-5, -5, 10, 10), paint));
        }
        legend.addAll(collection(stackItems));
        double[] minus = new double[bins];
        double[] plus = new double[bins];
        for (int k = 0; k < bins; k++) {
            double b = total.bin(k).sumW();
            minus[k] = Math.max(floor, b - total.bin(k).error());
            plus[k] = Math.max(floor, b + total.bin(k).error());
        }
        plot.getRenderer().addAnnotation(new XYPolygonAnnotation(band(total, minus, plus), null, null, BAND),
                Layer.BACKGROUND);
        legend.add(new LegendItem("MC stat. unc.", null, null, null, new Rectangle(-5, -5, 10, 10), BAND));
        if (spectrum.bump() != null && spectrum.bump().window().isExcess()) {
            legend.add(new LegendItem("BumpHunter window", null, null, null, new Rectangle(-5, -5, 10, 10),
                    new Color(220, 0, 0, 90)));
        }
        plot.setFixedLegendItems(legend);
        return plot;
    }

    private static XYPlot ratioPanel(WeightedHistogram total, WeightedHistogram data) {
        int bins = total.binCount();
        NumberAxis y = new NumberAxis("data / MC");
        y.setRange(0, RATIO_MAX);
        YIntervalSeriesCollection points = new YIntervalSeriesCollection();
        YIntervalSeries series = new YIntervalSeries("data / MC");
        // points above the panel: an upward triangle at its top edge, as ROOT's arrows say "off scale"
        YIntervalSeries offScale = new YIntervalSeries("data / MC above the range");
        XYErrorRenderer renderer = dataRenderer();
        renderer.setSeriesShape(1, triangle());
        renderer.setSeriesPaint(1, new Color(200, 0, 0));
        XYPlot plot = new XYPlot(points, null, y, renderer);
        style(plot);
        double[] minus = new double[bins];
        double[] plus = new double[bins];
        for (int k = 0; k < bins; k++) {
            double b = total.bin(k).sumW();
            if (b > 0) {
                long d = Math.round(data.bin(k).sumW());
                PoissonInterval interval = PoissonInterval.garwood(d);
                double top = RATIO_MAX * 0.96;
                if (d / b > RATIO_MAX) {
                    offScale.add(total.center(k), top, top, top);
                } else {
                    series.add(total.center(k), d / b, interval.low() / b, interval.high() / b);
                }
                minus[k] = Math.max(0, 1 - total.bin(k).error() / b);
                plus[k] = Math.min(RATIO_MAX, 1 + total.bin(k).error() / b);
            } else {
                minus[k] = 1;
                plus[k] = 1;
            }
        }
        points.addSeries(series);
        points.addSeries(offScale);
        plot.getRenderer().addAnnotation(new XYPolygonAnnotation(band(total, minus, plus), null, null, BAND),
                Layer.BACKGROUND);
        ValueMarker one = new ValueMarker(1.0, Color.DARK_GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {5f, 3f}, 0f));
        plot.addRangeMarker(one);
        return plot;
    }

    private static XYErrorRenderer dataRenderer() {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        renderer.setSeriesPaint(0, Color.BLACK);
        renderer.setErrorPaint(Color.BLACK);
        renderer.setErrorStroke(new BasicStroke(1.3f));
        renderer.setCapLength(0);
        return renderer;
    }

    private static java.awt.Shape triangle() {
        java.awt.geom.Path2D.Double t = new java.awt.geom.Path2D.Double();
        t.moveTo(0, -5);
        t.lineTo(4.5, 3);
        t.lineTo(-4.5, 3);
        t.closePath();
        return t;
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(225, 225, 225));
        plot.setRangeGridlinePaint(new Color(225, 225, 225));
        plot.setOutlinePaint(Color.BLACK);
    }

    /**
     * The polygon between two step functions over the bins: along {@code upper} left to right, back along
     * {@code lower} right to left, as x, y pairs.
     */
    private static double[] band(WeightedHistogram binning, double[] lower, double[] upper) {
        int bins = binning.binCount();
        double[] xy = new double[8 * bins];
        int i = 0;
        for (int k = 0; k < bins; k++) {
            xy[i++] = binning.lowEdge(k);
            xy[i++] = upper[k];
            xy[i++] = binning.lowEdge(k + 1);
            xy[i++] = upper[k];
        }
        for (int k = bins - 1; k >= 0; k--) {
            xy[i++] = binning.lowEdge(k + 1);
            xy[i++] = lower[k];
            xy[i++] = binning.lowEdge(k);
            xy[i++] = lower[k];
        }
        return xy;
    }

    private static LegendItemCollection collection(List<LegendItem> items) {
        LegendItemCollection c = new LegendItemCollection();
        items.forEach(c::add);
        return c;
    }

    /** The context, observed, expected ± error and χ²/ndf as one line; the bump as a second. */
    static String summary(SpectrumPlot spectrum) {
        SpectrumComparison c = spectrum.comparison();
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "%s   observed %.0f, expected %.1f ± %.1f   χ²/ndf = %.1f/%d", spectrum.context(),
                c.observed(), c.expected().sumW(), c.expected().error(), c.chi2(), c.ndf()));
        if (c.observedWhereNoneExpected() > 0) {
            s.append(String.format(Locale.ROOT, " (+%.0f observed where the MC is empty)", c.observedWhereNoneExpected()));
        }
        if (spectrum.bump() != null) {
            if (spectrum.bump().window().isExcess()) {
                BumpHunter.Result b = spectrum.bump();
                s.append(String.format(Locale.ROOT, "\nBumpHunter: most significant window [%.0f, %.0f] %s: local %sσ, "
                                + "global p %s %.2g (%s%sσ), %d pseudo-experiments", spectrum.bumpLow(), spectrum.bumpHigh(),
                        spectrum.unit(), ReportFormat.sigma(b.window().localSignificance()),
                        b.isBound() ? "<" : "=", b.isBound() ? 1.0 / b.pseudoExperiments() : b.globalP(),
                        b.isBound() ? "> " : "", ReportFormat.sigma(b.globalSignificance()),
                        b.pseudoExperiments()));
            } else {
                s.append("\nBumpHunter: no excess in any window");
            }
        }
        return s.toString();
    }
}
