package org.adtrigger.trainer.study;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adtrigger.plots.Palette;
import org.adtrigger.trainer.evaluate.Charts;
import org.adtrigger.trainer.evaluate.RocSummary;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The studies' plots, drawn with the evaluation report's chart style. */
final class StudyPlots {
    private StudyPlots() {
    }

    /** One line with markers per named series of y against the study's setting x. */
    static void versusSetting(Path file, String title, String xTitle, String yTitle, double[] x,
                              Map<String, double[]> series, boolean logX, boolean logY) throws IOException {
        XYChart chart = Charts.chart(title, xTitle, yTitle);
        chart.getStyler().setXAxisLogarithmic(logX).setYAxisLogarithmic(logY);
        int i = 0;
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            XYSeries line = Charts.line(chart, s.getKey(), x, s.getValue(), Palette.color(i++), false);
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setMarkerColor(line.getLineColor());
        }
        Charts.savePng(chart, file);
    }

    /** Bars of each named series per category (e.g. an AUC per process, with and without it in training). */
    static void bars(Path file, String title, String xTitle, String yTitle, List<String> categories,
                     Map<String, double[]> series, Double yMin) throws IOException {
        System.setProperty("java.awt.headless", "true");
        CategoryChart chart = new CategoryChartBuilder().width(Charts.WIDTH).height(Charts.HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        CategoryStyler styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        styler.setXAxisLabelRotation(45);
        // XChart otherwise drops every other category label once they get crowded
        styler.setXAxisMaxLabelCount(categories.size());
        styler.setYAxisMin(yMin);
        int i = 0;
        for (Map.Entry<String, double[]> s : series.entrySet()) {
            List<Double> values = new ArrayList<>();
            for (double v : s.getValue()) {
                values.add(Double.isFinite(v) ? v : 0.0);
            }
            chart.addSeries(s.getKey(), categories, values).setFillColor(Palette.color(i++));
        }
        BitmapEncoder.saveBitmap(chart, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    /** Several ROC curves (ε_S against ε_B on a log axis) in one chart, with the random line. */
    static void rocCurves(Path file, String title, List<String> names, List<RocSummary> rocs) throws IOException {
        XYChart chart = Charts.chart(title, "background efficiency ε_B (log scale)", "signal efficiency ε_S");
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax(1.0);
        double[] grid = null;
        for (int i = 0; i < rocs.size(); i++) {
            List<RocSummary.RocPoint> curve = rocs.get(i).curve();
            double[] effB = curve.stream().mapToDouble(RocSummary.RocPoint::backgroundEfficiency).toArray();
            double[] effS = curve.stream().mapToDouble(RocSummary.RocPoint::signalEfficiency).toArray();
            Charts.line(chart, String.format(Locale.ROOT, "%s (AUC %.3f)", names.get(i), rocs.get(i).auc()), effB,
                    effS, Charts.signalColor(i), false);
            if (grid == null || effB.length > grid.length) {
                grid = effB;
            }
        }
        // on the log axis the diagonal is a curve: draw it through the ROC's own grid, not between two points
        Charts.line(chart, "random (ε_S = ε_B)", grid, grid.clone(), Color.GRAY, true);
        Charts.savePng(chart, file);
    }
}
