package org.adtrigger.trainer.evaluate;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.plots.Palette;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The anomaly-score distribution: background processes stacked (expected events per bin), each signal
 * overlaid as a line, the card's tier cuts as dashed verticals; logarithmic axes, with bins of equal width in
 * log10(score) so that the far tail, where the signal regions are, gets as many bins as the bulk.
 *
 * <p>The stack is drawn as in ROOT's THStack: the cumulative sums as filled areas, the largest first, so each
 * visible band is one process. Empty bins are drawn at a floor below the smallest content, since a log axis
 * has no zero. The areas are closed polygons down to that floor: XChart's plain area style fills towards
 * y = 0, which a log axis draws at 1, so bins below one event would be filled upwards.
 */
public final class ScoreHistogramPlot {
    public static final String FILE = "score-distribution.png";
    private static final int BINS = 60;
    /** Darker with each tier, so the three cuts read in order. */
    private static final Color[] TIER_COLORS = {new Color(0x707070), new Color(0x404040), Color.BLACK};

    private ScoreHistogramPlot() {
    }

    public static void write(Path file, ScoredEvents background, ScoredEvents signals, double[] tierCuts)
            throws IOException {
        Charts.savePng(chart(background, signals, tierCuts), file);
    }

    /** The chart {@link #write} saves. */
    static XYChart chart(ScoredEvents background, ScoredEvents signals, double[] tierCuts) {
        double[] range = logRange(background, signals);
        List<String> processes = new ArrayList<>(background.sampleNames());
        List<WeightedHistogram> stack = new ArrayList<>();
        for (String process : processes) {
            stack.add(histogram(background.ofSample(process), range));
        }
        // smallest process at the bottom of the stack
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> stack.get(i).total().sumW()));

        List<String> signalNames = signals.sampleNames();
        List<WeightedHistogram> signalHistograms = new ArrayList<>();
        for (String name : signalNames) {
            signalHistograms.add(histogram(signals.ofSample(name), range));
        }
        double floor = floor(stack, signalHistograms);

        XYChart chart = Charts.chart("Anomaly score: background stacked, signals overlaid", "score (log scale)",
                "expected events per bin");
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setYAxisMin(floor);
        double[] cumulative = new double[BINS];
        List<double[]> layers = new ArrayList<>();
        for (int i : order) {
            for (int k = 0; k < BINS; k++) {
                cumulative[k] += stack.get(i).bin(k).sumW();
            }
            layers.add(cumulative.clone());
        }
        double top = floor;
        for (int l = layers.size() - 1; l >= 0; l--) {
            int process = order.get(l);
            XYSeries area = chart.addSeries(processes.get(process), closed(stepX(stack.get(process)), floor, true),
                    closed(stepY(layers.get(l), floor), floor, false));
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            area.setMarker(SeriesMarkers.NONE);
            Color color = Palette.color(process);
            area.setFillColor(color);
            area.setLineColor(color.darker());
            top = Math.max(top, max(layers.get(l)));
        }
        for (int s = 0; s < signalNames.size(); s++) {
            WeightedHistogram h = signalHistograms.get(s);
            double[] y = new double[BINS];
            for (int k = 0; k < BINS; k++) {
                y[k] = h.bin(k).sumW();
            }
            Charts.line(chart, signalNames.get(s), stepX(h), stepY(y, floor), Charts.signalColor(s),
                    false);
            top = Math.max(top, max(y));
        }
        for (int t = 0; t < tierCuts.length; t++) {
            if (tierCuts[t] > 0) {
                Charts.line(chart, String.format(Locale.ROOT, "tier %d: score > %.3g", t + 1, tierCuts[t]),
                        new double[] {tierCuts[t], tierCuts[t]}, new double[] {floor, top}, TIER_COLORS[t % 3],
                        true).setLineStyle(Charts.dashes(t));
            }
        }
        return chart;
    }

    private static WeightedHistogram histogram(ScoredEvents events, double[] logRange) {
        WeightedHistogram h = new WeightedHistogram(BINS, logRange[0], logRange[1]);
        for (int i = 0; i < events.size(); i++) {
            double score = events.value(Discriminant.AE_SCORE, i);
            // a score of 0 (perfect reconstruction) has no logarithm: it goes to the underflow
            h.fill(score > 0 ? Math.log10(score) : Double.NEGATIVE_INFINITY, events.weight(i));
        }
        return h;
    }

    /** [log10 of the smallest positive score, just above log10 of the largest], over every event plotted. */
    private static double[] logRange(ScoredEvents background, ScoredEvents signals) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ScoredEvents events : List.of(background, signals)) {
            for (int i = 0; i < events.size(); i++) {
                double score = events.value(Discriminant.AE_SCORE, i);
                if (score > 0) {
                    low = Math.min(low, Math.log10(score));
                    high = Math.max(high, Math.log10(score));
                }
            }
        }
        if (!(low < high)) {
            return new double[] {-1.0, 1.0};
        }
        return new double[] {low, Math.nextUp(high)};
    }

    /** A tenth of the smallest positive bin content of any histogram (1e-6 when there is none). */
    private static double floor(List<WeightedHistogram> stack, List<WeightedHistogram> signals) {
        double smallest = Double.POSITIVE_INFINITY;
        List<WeightedHistogram> all = new ArrayList<>(stack);
        all.addAll(signals);
        for (WeightedHistogram h : all) {
            for (int k = 0; k < BINS; k++) {
                double w = h.bin(k).sumW();
                if (w > 0) {
                    smallest = Math.min(smallest, w);
                }
            }
        }
        return Double.isFinite(smallest) ? smallest / 10 : 1e-6;
    }

    /** Bin edges as step corners: two x per bin, in score units. */
    private static double[] stepX(WeightedHistogram h) {
        double[] x = new double[2 * BINS];
        for (int k = 0; k < BINS; k++) {
            x[2 * k] = Math.pow(10, h.lowEdge(k));
            x[2 * k + 1] = Math.pow(10, h.lowEdge(k + 1));
        }
        return x;
    }

    private static double[] stepY(double[] contents, double floor) {
        double[] y = new double[2 * BINS];
        for (int k = 0; k < BINS; k++) {
            y[2 * k] = Math.max(contents[k], floor);
            y[2 * k + 1] = y[2 * k];
        }
        return y;
    }

    /** The outline closed along the floor: for x, repeat the last and first edge; for y, add two floor points. */
    private static double[] closed(double[] outline, double floor, boolean isX) {
        double[] closed = Arrays.copyOf(outline, outline.length + 2);
        closed[outline.length] = isX ? outline[outline.length - 1] : floor;
        closed[outline.length + 1] = isX ? outline[0] : floor;
        return closed;
    }

    private static double max(double[] values) {
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
