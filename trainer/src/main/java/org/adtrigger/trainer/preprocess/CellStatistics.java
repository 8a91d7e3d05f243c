package org.adtrigger.trainer.preprocess;

import java.util.stream.Stream;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;

/**
 * Per-cell weighted statistics of raw RMM rows, gathered in one streaming pass: Σw, Σw·x, Σw·x², min, max and
 * whether a cell was ever non-zero. From them come the cell mask and the scaler.
 *
 * <p>Sums are kept in double and relative to the first value seen in each cell, so a cell whose values sit
 * far from zero with a small spread does not lose its variance to cancellation, and a constant cell has
 * exactly zero variance. Min, max and the mask ignore the weights (an event with weight −1 still occupies its
 * cells); mean and standard deviation use them, so with negative weights the variance estimate can come out
 * negative, which is treated like zero.
 */
public final class CellStatistics {
    /** Spreads below this fraction of max(1, |offset|) are treated as zero: float data cannot resolve them. */
    private static final double MIN_RELATIVE_SCALE = 1e-6;

    private int width = -1;
    private long events;
    private double weightSum;
    private float[] shift;
    private double[] shiftedSum;
    private double[] shiftedSquareSum;
    private float[] min;
    private float[] max;
    private boolean[] nonZero;

    /** Reads every batch of one pass over the source. */
    public static CellStatistics collect(BatchSource source) {
        CellStatistics stats = new CellStatistics();
        try (Stream<Batch> batches = source.batches()) {
            batches.forEach(stats::accept);
        }
        return stats;
    }

    public void accept(Batch batch) {
        if (width < 0) {
            start(batch.rows()[0]);
        } else if (batch.width() != width) {
            throw new IllegalArgumentException("batch of width " + batch.width() + " after rows of width " + width);
        }
        float[][] rows = batch.rows();
        float[] weights = batch.weights();
        for (int e = 0; e < rows.length; e++) {
            float[] row = rows[e];
            double w = weights[e];
            weightSum += w;
            for (int c = 0; c < width; c++) {
                float x = row[c];
                if (!Float.isFinite(x)) {
                    throw new IllegalArgumentException("non-finite value " + x + " in cell " + c + " of event "
                            + (events + e) + " (counting from 0)");
                }
                double d = (double) x - shift[c];
                shiftedSum[c] += w * d;
                shiftedSquareSum[c] += w * d * d;
                min[c] = Math.min(min[c], x);
                max[c] = Math.max(max[c], x);
                nonZero[c] |= x != 0f;
            }
        }
        events += rows.length;
    }

    public long events() {
        return events;
    }

    public double weightSum() {
        return weightSum;
    }

    /** Indices of the cells that are non-zero in at least one event, increasing. */
    public int[] keptCells() {
        requireData();
        int count = 0;
        for (boolean b : nonZero) {
            count += b ? 1 : 0;
        }
        int[] kept = new int[count];
        int k = 0;
        for (int c = 0; c < width; c++) {
            if (nonZero[c]) {
                kept[k++] = c;
            }
        }
        return kept;
    }

    /** Weighted mean of a cell; needs a positive total weight. */
    public double mean(int cell) {
        requirePositiveWeight();
        return shift[cell] + shiftedSum[cell] / weightSum;
    }

    /** Weighted standard deviation (population form, Σw in the denominator), 0 where the estimate is negative. */
    public double standardDeviation(int cell) {
        requirePositiveWeight();
        double m = shiftedSum[cell] / weightSum;
        return Math.sqrt(Math.max(0, shiftedSquareSum[cell] / weightSum - m * m));
    }

    public float min(int cell) {
        requireData();
        return min[cell];
    }

    public float max(int cell) {
        requireData();
        return max[cell];
    }

    /** The mask and scaler; a cell with (near) zero spread gets scale 1, so it is only shifted. */
    public Preprocessor preprocessor(Scaling scaling) {
        int[] kept = keptCells();
        float[] offset = new float[kept.length];
        float[] scale = new float[kept.length];
        for (int k = 0; k < kept.length; k++) {
            int c = kept[k];
            double o;
            double s;
            switch (scaling) {
                case NONE -> {
                    o = 0;
                    s = 1;
                }
                case MIN_MAX -> {
                    o = min[c];
                    s = (double) max[c] - min[c];
                }
                case STANDARD -> {
                    o = mean(c);
                    s = standardDeviation(c);
                }
                default -> throw new IllegalStateException("unhandled scaling " + scaling);
            }
            offset[k] = (float) o;
            scale[k] = s > MIN_RELATIVE_SCALE * Math.max(1, Math.abs(o)) ? (float) s : 1f;
        }
        return new Preprocessor(width, kept, offset, scale, scaling);
    }

    private void start(float[] firstRow) {
        width = firstRow.length;
        shift = firstRow.clone();
        shiftedSum = new double[width];
        shiftedSquareSum = new double[width];
        min = firstRow.clone();
        max = firstRow.clone();
        nonZero = new boolean[width];
    }

    private void requireData() {
        if (events == 0) {
            throw new IllegalStateException("no events were seen");
        }
    }

    private void requirePositiveWeight() {
        requireData();
        if (!(weightSum > 0)) {
            throw new IllegalStateException("the total weight " + weightSum
                    + " is not positive: a weighted mean and standard deviation are undefined");
        }
    }
}
