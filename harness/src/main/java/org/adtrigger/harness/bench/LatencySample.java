package org.adtrigger.harness.bench;

import java.util.Arrays;

/**
 * Latencies in milliseconds collected by one thread while another takes them away step by step.
 * A plain growable array: a step at tens of thousands of events per second for tens of seconds holds a
 * few million values, well within memory, and keeping every value makes the percentiles exact.
 */
final class LatencySample {
    private long[] values = new long[1 << 16];
    private int size;

    synchronized void add(long millis) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = millis;
    }

    /** The values collected since the last call, and an empty sample from now on. */
    synchronized long[] takeAll() {
        long[] taken = Arrays.copyOf(values, size);
        size = 0;
        return taken;
    }
}
