package org.adtrigger.streams.window;

/**
 * Tumbling event-time windows aligned to the epoch, as Kafka Streams' {@code TimeWindows.ofSizeAndGrace}
 * aligns them: window k covers [k·size, (k+1)·size). A window closes when the time that drives it reaches
 * its end plus the grace; an event of a closed window is late.
 */
public record TumblingWindows(long sizeMs, long graceMs) {
    public TumblingWindows {
        if (sizeMs <= 0 || graceMs < 0) {
            throw new IllegalArgumentException("window size must be > 0 and grace >= 0 ms, got " + sizeMs + " and " + graceMs);
        }
    }

    /** Start of the window holding {@code timestampMs}; negative timestamps fall into the first window. */
    public long startOf(long timestampMs) {
        long t = Math.max(0, timestampMs);
        return t - t % sizeMs;
    }

    public long endOf(long startMs) {
        return startMs + sizeMs;
    }

    /** The time at which the window starting at {@code startMs} closes: its end plus the grace. */
    public long closesAt(long startMs) {
        return startMs + sizeMs + graceMs;
    }
}
