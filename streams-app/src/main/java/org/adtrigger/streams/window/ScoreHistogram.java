package org.adtrigger.streams.window;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Score quantiles of a window from a fixed log-binned histogram: 20 bins per decade from 1e-8 to 1e8,
 * plus an underflow bin (scores below 1e-8, zero and negative ones included) and an overflow bin.
 * Histograms merge by adding counts, and their size does not grow with the events they count. A quantile
 * is reported as the geometric centre of its bin, within a factor 10^(1/40) (±6 %) of the exact value;
 * as 1e-8 when it falls in the underflow bin and 1e8 in the overflow bin. Counts are unweighted: the
 * quantiles describe the scores the stream saw. NaN scores are not counted.
 */
final class ScoreHistogram {
    private static final int BINS_PER_DECADE = 20;
    private static final int LOWEST_DECADE = -8;
    private static final int HIGHEST_DECADE = 8;
    private static final int INNER_BINS = (HIGHEST_DECADE - LOWEST_DECADE) * BINS_PER_DECADE;
    private static final int OVERFLOW = INNER_BINS + 1;
    private static final double LOW = Math.pow(10, LOWEST_DECADE);
    private static final double HIGH = Math.pow(10, HIGHEST_DECADE);

    private final long[] counts = new long[INNER_BINS + 2];
    private long total;

    void add(double score) {
        if (Double.isNaN(score)) {
            return;
        }
        counts[binOf(score)]++;
        total++;
    }

    void merge(ScoreHistogram other) {
        for (int bin = 0; bin < counts.length; bin++) {
            counts[bin] += other.counts[bin];
        }
        total += other.total;
    }

    long total() {
        return total;
    }

    /** The q-quantile (0 &lt; q ≤ 1): the bin holding the ⌈q·n⌉-th smallest score; NaN when empty. */
    double quantile(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1L, (long) Math.ceil(q * total));
        long seen = 0;
        int bin = 0;
        while (seen + counts[bin] < rank) {
            seen += counts[bin];
            bin++;
        }
        return representative(bin);
    }

    /** Writes the non-empty bins only: a window usually fills a few dozen of the 322. */
    void write(DataOutput out) throws IOException {
        int filled = 0;
        for (long c : counts) {
            filled += c > 0 ? 1 : 0;
        }
        out.writeShort(filled);
        for (int bin = 0; bin < counts.length; bin++) {
            if (counts[bin] > 0) {
                out.writeShort(bin);
                out.writeLong(counts[bin]);
            }
        }
    }

    static ScoreHistogram read(DataInput in) throws IOException {
        ScoreHistogram h = new ScoreHistogram();
        int filled = in.readUnsignedShort();
        for (int i = 0; i < filled; i++) {
            int bin = in.readUnsignedShort();
            long count = in.readLong();
            h.counts[bin] = count;
            h.total += count;
        }
        return h;
    }

    private static int binOf(double score) {
        if (!(score >= LOW)) {
            return 0;
        }
        // log10 is exact at powers of ten, so decade edges fall into the bin they open.
        double position = (Math.log10(score) - LOWEST_DECADE) * BINS_PER_DECADE;
        return position >= INNER_BINS ? OVERFLOW : 1 + (int) position;
    }

    private static double representative(int bin) {
        if (bin == 0) {
            return LOW;
        }
        if (bin == OVERFLOW) {
            return HIGH;
        }
        return Math.pow(10, LOWEST_DECADE + (bin - 0.5) / BINS_PER_DECADE);
    }
}
