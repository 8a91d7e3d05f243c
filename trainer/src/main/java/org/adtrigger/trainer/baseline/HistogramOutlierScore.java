package org.adtrigger.trainer.baseline;

import java.util.List;
import java.util.Locale;

/**
 * HBOS (Goldstein &amp; Dengel 2012): features taken as independent, score = Σ over the histogrammed cells of
 * −ln(height of the bin the event's value falls in); see {@link FeatureHistogram} for the bins and the floor.
 * Cells constant in training have no histogram and do not contribute.
 *
 * @param histograms one per cell that varied in training, in cell order
 */
public record HistogramOutlierScore(int rawWidth, List<FeatureHistogram> histograms) implements BaselineModel {
    public HistogramOutlierScore {
        if (histograms.isEmpty()) {
            throw new IllegalArgumentException("HBOS needs at least one cell that varies in training");
        }
        histograms = List.copyOf(histograms);
    }

    @Override
    public int[] keptCells() {
        return histograms.stream().mapToInt(FeatureHistogram::cell).toArray();
    }

    @Override
    public double score(float[] rawRow) {
        double sum = 0;
        for (FeatureHistogram h : histograms) {
            sum += h.contribution(rawRow[h.cell()]);
        }
        return sum;
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "hbos (%d static bins on each of %d cells)", histograms.get(0).bins(),
                histograms.size());
    }

    @Override
    public String scoreDefinition() {
        return "HBOS";
    }

    @Override
    public String scaler() {
        return "NONE";
    }
}
