package org.adtrigger.core.stats;

/**
 * A weighted sample of values (typically anomaly scores of one class of events), sorted once so that tail
 * sums and quantiles cost O(log n). Entries with weight exactly 0 carry no information and are dropped;
 * values must be finite and weights finite.
 *
 * <p><b>Quantiles.</b> Entry i of the ascending sample, with weight w_i and cumulative weight C_i (itself
 * included), sits at the plotting position p_i = (C_i − w_i/2)/W, W = Σw (the weighted Hazen definition:
 * with equal weights p_i = (i − ½)/n, so the median of an odd sample is its middle value). The q-quantile
 * is interpolated linearly in p between the two neighbouring entries, and clamped to the smallest
 * (largest) value below the first (above the last) position.
 *
 * <p><b>Negative weights</b> (NLO generators) are kept in every sum: the cumulative distribution is then
 * correct in expectation but may step backwards locally. A quantile is taken at the first position, going
 * up, that reaches q. Quantiles need W &gt; 0.
 */
public final class WeightedSample {
    private final double[] values;
    // tail[i] = Σ_{j ≥ i} w_j, tail[n] = 0: summing from the top keeps small tail fractions precise.
    private final double[] tail;
    private final double[] tail2;
    private final boolean monotone;

    private WeightedSample(double[] values, double[] tail, double[] tail2, boolean monotone) {
        this.values = values;
        this.tail = tail;
        this.tail2 = tail2;
        this.monotone = monotone;
    }

    /**
     * Copies and sorts the pairs (the arguments are left as they are).
     *
     * @throws IllegalArgumentException on different lengths, a non-finite value or a non-finite weight
     */
    public static WeightedSample of(double[] values, double[] weights) {
        if (values.length != weights.length) {
            throw new IllegalArgumentException(values.length + " values but " + weights.length + " weights");
        }
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || !Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("entry " + i + " is not finite: value " + values[i]
                        + ", weight " + weights[i]);
            }
            if (weights[i] != 0.0) {
                n++;
            }
        }
        double[] v = new double[n];
        double[] w = new double[n];
        int k = 0;
        for (int i = 0; i < values.length; i++) {
            if (weights[i] != 0.0) {
                v[k] = values[i];
                w[k++] = weights[i];
            }
        }
        PairSort.sort(v, w);
        double[] tail = new double[n + 1];
        double[] tail2 = new double[n + 1];
        boolean monotone = true;
        for (int i = n - 1; i >= 0; i--) {
            tail[i] = tail[i + 1] + w[i];
            tail2[i] = tail2[i + 1] + w[i] * w[i];
            monotone &= w[i] > 0.0;
        }
        return new WeightedSample(v, tail, tail2, monotone);
    }

    /** Number of entries with non-zero weight. */
    public int size() {
        return values.length;
    }

    public WeightedCount total() {
        return new WeightedCount(tail[0], tail2[0]);
    }

    /** Σw and Σw² of the entries with value strictly above {@code cut}. */
    public WeightedCount above(double cut) {
        int i = firstAbove(cut);
        return new WeightedCount(tail[i], tail2[i]);
    }

    /** Number of entries with value strictly above {@code cut}. */
    public int countAbove(double cut) {
        return values.length - firstAbove(cut);
    }

    /** Weighted fraction of the sample strictly above {@code cut}; needs W ≠ 0. */
    public double fractionAbove(double cut) {
        return tail[firstAbove(cut)] / tail[0];
    }

    public double median() {
        return quantile(0.5);
    }

    /**
     * The weighted q-quantile as defined in the class comment.
     *
     * @throws IllegalArgumentException unless 0 ≤ q ≤ 1
     * @throws IllegalStateException    when the sample is empty or its total weight is not positive
     */
    public double quantile(double q) {
        if (!(q >= 0.0 && q <= 1.0)) {
            throw new IllegalArgumentException("quantile level must be in [0, 1], got " + q);
        }
        if (!(tail[0] > 0.0)) {
            throw new IllegalStateException("quantile needs a positive total weight, got " + tail[0]
                    + " over " + values.length + " entries");
        }
        int i = monotone ? firstPositionAtLeastSorted(q) : firstPositionAtLeastScan(q);
        if (i == 0) {
            return values[0];
        }
        if (i == values.length) {
            return values[values.length - 1];
        }
        double p0 = position(i - 1);
        double f = (q - p0) / (position(i) - p0);
        return values[i - 1] + f * (values[i] - values[i - 1]);
    }

    private double position(int i) {
        return 1.0 - 0.5 * (tail[i] + tail[i + 1]) / tail[0];
    }

    private int firstPositionAtLeastSorted(double q) {
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (position(mid) >= q) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private int firstPositionAtLeastScan(double q) {
        int i = 0;
        while (i < values.length && position(i) < q) {
            i++;
        }
        return i;
    }

    /** Index of the first entry with value &gt; cut (n if none). */
    int firstAbove(double cut) {
        if (Double.isNaN(cut)) {
            throw new IllegalArgumentException("cut is NaN");
        }
        int lo = 0;
        int hi = values.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] > cut) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** Value of entry i in ascending order. */
    double value(int i) {
        return values[i];
    }

    /** Σw of the entries from index i (in ascending order) to the top. */
    double weightFrom(int i) {
        return tail[i];
    }
}
