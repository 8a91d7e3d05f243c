package org.adtrigger.trainer.evaluate;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.adtrigger.plots.Palette;
import org.knowm.xchart.XYChart;

/**
 * One signal's ROC curves, ε_S against ε_B on a logarithmic ε_B axis (the trigger lives at ε_B ≪ 1): the
 * autoencoder, the E_T^miss baseline and, for scale, a random selection (ε_S = ε_B).
 */
final class RocPlot {
    private RocPlot() {
    }

    static String fileName(String sample) {
        return "roc-" + Charts.fileSafe(sample) + ".png";
    }

    static void write(Path file, SignalReport signal, String method) throws IOException {
        XYChart chart = Charts.chart("ROC: " + signal.sample() + " vs SM background",
                "background efficiency ε_B (log scale)", "signal efficiency ε_S");
        chart.getStyler().setXAxisLogarithmic(true).setYAxisMin(0.0).setYAxisMax(1.0)
                .setXAxisMin(signal.autoencoder().curve().get(0).backgroundEfficiency()).setXAxisMax(1.0);
        add(chart, String.format(Locale.ROOT, "%s (AUC %.3f)", method, signal.autoencoder().auc()),
                signal.autoencoder(), Palette.color(0));
        add(chart, String.format(Locale.ROOT, "%s (AUC %.3f)", Charts.MET, signal.metBaseline().auc()),
                signal.metBaseline(), Palette.color(5));
        List<RocSummary.RocPoint> grid = signal.autoencoder().curve();
        double[] x = grid.stream().mapToDouble(RocSummary.RocPoint::backgroundEfficiency).toArray();
        Charts.line(chart, "random (ε_S = ε_B)", x, x.clone(), Color.GRAY, true);
        Charts.savePng(chart, file);
    }

    private static void add(XYChart chart, String name, RocSummary roc, Color color) {
        double[] x = roc.curve().stream().mapToDouble(RocSummary.RocPoint::backgroundEfficiency).toArray();
        double[] y = roc.curve().stream().mapToDouble(RocSummary.RocPoint::signalEfficiency).toArray();
        Charts.line(chart, name, x, y, color, false);
    }
}
