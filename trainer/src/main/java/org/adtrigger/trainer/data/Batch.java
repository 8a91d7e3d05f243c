package org.adtrigger.trainer.data;

/**
 * A mini-batch of raw RMM rows (all of one width) and their per-event weights. Weights may be negative (MC
 * generators with negative-weight events) or zero. The arrays are used as given, not copied.
 */
public record Batch(float[][] rows, float[] weights) {
    public Batch {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a batch needs at least one event");
        }
        if (rows.length != weights.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + weights.length + " weights");
        }
        int width = rows[0].length;
        for (float[] row : rows) {
            if (row.length != width) {
                throw new IllegalArgumentException("rows of widths " + width + " and " + row.length
                        + " in one batch");
            }
        }
    }

    public int size() {
        return rows.length;
    }

    public int width() {
        return rows[0].length;
    }

    public double weightSum() {
        double sum = 0;
        for (float w : weights) {
            sum += w;
        }
        return sum;
    }

    public double absoluteWeightSum() {
        double sum = 0;
        for (float w : weights) {
            sum += Math.abs(w);
        }
        return sum;
    }
}
