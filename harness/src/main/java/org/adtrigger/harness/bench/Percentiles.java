package org.adtrigger.harness.bench;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of a latency sample in whole milliseconds, by the nearest-rank definition: the p-th percentile
 * is the smallest value with at least p % of the sample at or below it, i.e. the value of rank ⌈p·n/100⌉ in
 * ascending order. Always a value that occurred, never an interpolation, so "p99 = 120 ms" means one event
 * in a hundred took 120 ms or longer.
 *
 * <p>Kept in an HdrHistogram, whose {@code getValueAtPercentile} is that same nearest rank. With five
 * significant digits it holds every value below {@value #EXACT_BELOW} ms (262 s, far beyond any benchmark
 * step) at 1 ms resolution, so the percentiles are exact there; a larger value is reported within 0.001 %.
 */
public final class Percentiles {
    /** Values below this are recorded exactly: 2^⌈log2(2·10^5)⌉ for five significant digits. */
    static final long EXACT_BELOW = 262_144;
    private static final int SIGNIFICANT_DIGITS = 5;

    private final Histogram histogram;

    private Percentiles(Histogram histogram) {
        this.histogram = histogram;
    }

    /**
     * Percentiles of {@code values}; the array is left as it was. A negative value (the clock stepped back
     * between send and read) counts as 0 ms, the histogram holding no negative values.
     */
    public static Percentiles of(long[] values) {
        Histogram histogram = new Histogram(SIGNIFICANT_DIGITS);   // auto-resizing: no upper bound to guess
        for (long value : values) {
            histogram.recordValue(Math.max(0, value));
        }
        return new Percentiles(histogram);
    }

    public int count() {
        return Math.toIntExact(histogram.getTotalCount());
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
        if (histogram.getTotalCount() == 0) {
            throw new IllegalStateException("no values to take a percentile of");
        }
        return histogram.getValueAtPercentile(percent);
    }

    public long max() {
        return at(100);
    }
}
