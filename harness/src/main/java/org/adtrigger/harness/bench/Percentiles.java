package org.adtrigger.harness.bench;

import java.util.Arrays;

/**
 * Exact percentiles of a sample by the nearest-rank definition: the p-th percentile is the smallest value
 * with at least p % of the sample at or below it, i.e. the value of rank ⌈p·n/100⌉ in ascending order.
 * Always a value that occurred, never an interpolation, so "p99 = 120 ms" means one event in a hundred
 * took 120 ms or longer. The sample is sorted once; a benchmark step holds at most a few million values.
 */
public final class Percentiles {
    /** Absorbs the rounding of p·n/100 in binary floating point (99.9 · 1000 / 100 is not exactly 999). */
    private static final double RANK_TOLERANCE = 1e-9;

    private final long[] sorted;

    private Percentiles(long[] sorted) {
        this.sorted = sorted;
    }

    /** Percentiles of a copy of {@code values}; the array is left as it was. */
    public static Percentiles of(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public int count() {
        return sorted.length;
    }

    /**
     * @param percent in (0, 100]
     * @throws IllegalStateException    when the sample is empty
     * @throws IllegalArgumentException when percent is outside (0, 100]
     */
    public long at(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile must be in (0, 100], got " + percent);
        }
        if (sorted.length == 0) {
            throw new IllegalStateException("no values to take a percentile of");
        }
        long rank = (long) Math.ceil(percent * sorted.length / 100.0 - RANK_TOLERANCE);
        return sorted[(int) Math.max(1, rank) - 1];
    }

    public long max() {
        return at(100);
    }
}
