package org.adtrigger.trainer.baseline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.preprocess.CellStatistics;

/**
 * Fills the HBOS histograms in one pass, with the MC weights, over ranges taken from the training statistics;
 * cells with min = max in training are skipped.
 */
public final class HistogramOutlierScoreFitter {
    /** Upper end of the default number of bins, √N. */
    public static final int MAX_DEFAULT_BINS = 100;

    private HistogramOutlierScoreFitter() {
    }

    /** √N rounded, between 1 and {@link #MAX_DEFAULT_BINS}. */
    public static int defaultBins(long events) {
        return (int) Math.max(1, Math.min(MAX_DEFAULT_BINS, Math.round(Math.sqrt(events))));
    }

    /**
     * @param statistics the training split's cell statistics (ranges)
     * @param rawWidth   cells per raw row
     * @param bins       bins per cell
     */
    public static HistogramOutlierScore fit(BatchSource training, CellStatistics statistics, int rawWidth,
                                            int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("HBOS needs at least one bin, got " + bins);
        }
        int[] cells = Arrays.stream(statistics.keptCells())
                .filter(c -> statistics.min(c) < statistics.max(c)).toArray();
        if (cells.length == 0) {
            throw new IllegalStateException("HBOS: every RMM cell is constant in the training split");
        }
        float[][] edges = new float[cells.length][];
        for (int f = 0; f < edges.length; f++) {
            edges[f] = FeatureHistogram.edges(statistics.min(cells[f]), statistics.max(cells[f]), bins);
        }
        double[][] weights = new double[cells.length][bins];
        try (Stream<Batch> batches = training.batches()) {
            for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
                Batch batch = it.next();
                for (int e = 0; e < batch.size(); e++) {
                    float[] row = batch.rows()[e];
                    for (int f = 0; f < edges.length; f++) {
                        int b = FeatureHistogram.bin(edges[f], row[cells[f]]);
                        if (b < 0) {
                            throw new IllegalStateException("cell " + cells[f] + " value " + row[cells[f]]
                                    + " outside its training range: the training split changed between passes");
                        }
                        weights[f][b] += batch.weights()[e];
                    }
                }
            }
        }
        List<FeatureHistogram> histograms = new ArrayList<>(cells.length);
        for (int f = 0; f < edges.length; f++) {
            histograms.add(FeatureHistogram.of(cells[f], edges[f], weights[f]));
        }
        return new HistogramOutlierScore(rawWidth, histograms);
    }
}
