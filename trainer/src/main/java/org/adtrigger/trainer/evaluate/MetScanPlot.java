package org.adtrigger.trainer.evaluate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.plots.Palette;
import org.knowm.xchart.XYChart;

/**
 * One signal's Asimov significance against an E_T^miss cut, one curve per anomaly tier (tier ≥ 0 is the
 * E_T^miss cut alone). Cuts that leave no background (Z undefined) are left out of the curve.
 */
final class MetScanPlot {
    private MetScanPlot() {
    }

    static String fileName(String sample) {
        return "significance-met-" + Charts.fileSafe(sample) + ".png";
    }

    static void write(Path file, SignalReport signal) throws IOException {
        XYChart chart = Charts.chart("Significance vs " + Charts.MET + " cut: " + signal.sample(),
                Charts.MET + " cut (GeV)",
                "Asimov Z");
        boolean any = false;
        for (TierResult tier : signal.tiers()) {
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (CutYield cut : tier.metScan()) {
                if (cut.asimov().isDefined()) {
                    x.add(cut.cut());
                    y.add(cut.asimov().z());
                }
            }
            if (!x.isEmpty()) {
                String name = tier.tier() == 0 ? "no score cut" : "tier ≥ " + tier.tier();
                Charts.line(chart, name, toArray(x), toArray(y), Palette.color(tier.tier()), false);
                any = true;
            }
        }
        if (!any) {
            // an empty chart cannot be drawn; say so on the plot rather than leave the report a broken image
            Charts.line(chart, "no cut leaves any background", new double[] {0.0}, new double[] {0.0},
                    Palette.color(0), false);
        }
        Charts.savePng(chart, file);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
