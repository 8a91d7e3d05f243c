package org.adtrigger.streams.replay;

import java.util.Map;
import java.util.TreeMap;

/** Events sent per sample name, and how many of them were injected signal. */
final class SampleTally {
    private final Map<String, long[]> counts = new TreeMap<>();

    void count(String sample, boolean injected) {
        long[] c = counts.computeIfAbsent(sample, s -> new long[2]);
        c[0]++;
        if (injected) {
            c[1]++;
        }
    }

    Map<String, ReplaySummary.SampleCount> snapshot() {
        Map<String, ReplaySummary.SampleCount> out = new TreeMap<>();
        counts.forEach((sample, c) -> out.put(sample, new ReplaySummary.SampleCount(c[0], c[1])));
        return out;
    }
}
