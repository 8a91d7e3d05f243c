package org.adtrigger.core.stats;

import java.util.Arrays;

/**
 * A one-dimensional histogram of weighted entries with fixed, equal-width bins on [low, high), keeping Σw
 * and Σw² per bin so that each bin's error is √(Σw²). Bins are half-open, [edge_k, edge_{k+1}); entries
 * below {@code low} go to the underflow, entries at or above {@code high} to the overflow. Not thread-safe:
 * fill one per thread and {@link #add} them.
 */
public final class WeightedHistogram {
    private final int bins;
    private final double low;
    private final double high;
    // Index 0 is the underflow, 1..bins the bins, bins + 1 the overflow.
    private final double[] sumW;
    private final double[] sumW2;
    private long entries;

    /**
     * @throws IllegalArgumentException unless bins ≥ 1 and low &lt; high are finite
     */
    public WeightedHistogram(int bins, double low, double high) {
        if (bins < 1 || !Double.isFinite(low) || !Double.isFinite(high) || !(low < high)) {
            throw new IllegalArgumentException("bad binning: " + bins + " bins on [" + low + ", " + high + ")");
        }
        this.bins = bins;
        this.low = low;
        this.high = high;
        this.sumW = new double[bins + 2];
        this.sumW2 = new double[bins + 2];
    }

    /**
     * Adds one entry.
     *
     * @throws IllegalArgumentException when x or the weight is NaN (a NaN score is a bug upstream, not a
     *                                  value to hide in a flow bin)
     */
    public void fill(double x, double weight) {
        if (Double.isNaN(x) || Double.isNaN(weight)) {
            throw new IllegalArgumentException("cannot fill NaN: x " + x + ", weight " + weight);
        }
        int slot = slot(x);
        sumW[slot] += weight;
        sumW2[slot] += weight * weight;
        entries++;
    }

    private int slot(double x) {
        if (x < low) {
            return 0;
        }
        if (x >= high) {
            return bins + 1;
        }
        int k = Math.min(bins - 1, (int) ((x - low) / (high - low) * bins));
        // The division can round across an edge; settle against the edges lowEdge() reports.
        if (x < lowEdge(k)) {
            k--;
        } else if (x >= lowEdge(k + 1)) {
            k++;
        }
        return 1 + k;
    }

    /**
     * Adds Σw and Σw² already summed elsewhere (a stream's window spectra) to a slot: 0 the underflow,
     * 1..bins the bins, bins + 1 the overflow. The raw entry count does not change.
     */
    public void addToSlot(int slot, double slotSumW, double slotSumW2) {
        if (slot < 0 || slot > bins + 1) {
            throw new IndexOutOfBoundsException("slot " + slot + " of " + (bins + 2));
        }
        sumW[slot] += slotSumW;
        sumW2[slot] += slotSumW2;
    }

    /** Adds another histogram with the same binning, bin by bin. */
    public void add(WeightedHistogram other) {
        if (other.bins != bins || other.low != low || other.high != high) {
            throw new IllegalArgumentException("binning differs: " + bins + " on [" + low + ", " + high
                    + ") vs " + other.bins + " on [" + other.low + ", " + other.high + ")");
        }
        for (int i = 0; i < sumW.length; i++) {
            sumW[i] += other.sumW[i];
            sumW2[i] += other.sumW2[i];
        }
        entries += other.entries;
    }

    /** An empty histogram with the same binning. */
    public WeightedHistogram emptyCopy() {
        return new WeightedHistogram(bins, low, high);
    }

    public int binCount() {
        return bins;
    }

    /** The bin of x: 0..bins−1, −1 for the underflow, bins for the overflow. */
    public int binOf(double x) {
        return slot(x) - 1;
    }

    /** Lower edge of bin k; k = bins gives the upper edge of the last bin. */
    public double lowEdge(int k) {
        return k == bins ? high : low + k * (high - low) / bins;
    }

    public double center(int k) {
        return 0.5 * (lowEdge(k) + lowEdge(k + 1));
    }

    /** Σw and Σw² of bin k, 0 ≤ k &lt; bins. */
    public WeightedCount bin(int k) {
        if (k < 0 || k >= bins) {
            throw new IndexOutOfBoundsException("bin " + k + " of " + bins);
        }
        return new WeightedCount(sumW[k + 1], sumW2[k + 1]);
    }

    /** Σw of each bin, under- and overflow left out: what a bump hunt reads. */
    public double[] contents() {
        return Arrays.copyOfRange(sumW, 1, bins + 1);
    }

    /** Σw² of each bin (its MC statistical variance), under- and overflow left out. */
    public double[] variances() {
        return Arrays.copyOfRange(sumW2, 1, bins + 1);
    }

    public WeightedCount underflow() {
        return new WeightedCount(sumW[0], sumW2[0]);
    }

    public WeightedCount overflow() {
        return new WeightedCount(sumW[bins + 1], sumW2[bins + 1]);
    }

    /** Σw and Σw² of everything filled, under- and overflow included. */
    public WeightedCount total() {
        return new WeightedCount(Arrays.stream(sumW).sum(), Arrays.stream(sumW2).sum());
    }

    /** Number of fill calls (raw entries). */
    public long entries() {
        return entries;
    }
}
