package org.adtrigger.streams.replay;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a replay sent.
 *
 * @param events       records acknowledged by the broker
 * @param injected     how many of them were signal replacing background
 * @param payloadBytes key + value bytes, before Kafka's compression
 * @param elapsedNanos from the first due send until the last acknowledgement
 * @param passes       complete passes over the background archives
 * @param samples      per sample name, in name order
 * @param stopped      whether a stop request ended it (rather than a limit or the archives' end)
 * @param failure      one line on the first failed send (the replay stopped there), or null
 */
public record ReplaySummary(long events, long injected, long payloadBytes, long elapsedNanos, long passes,
                            Map<String, SampleCount> samples, boolean stopped, String failure) {

    /** Events of one sample, and how many of those were injected. */
    public record SampleCount(long sent, long injected) {
    }

    public ReplaySummary {
        samples = Collections.unmodifiableMap(new TreeMap<>(samples));
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public double eventsPerSecond() {
        return elapsedNanos == 0 ? 0 : events / seconds();
    }

    /** Payload megabytes (10⁶ bytes) per second. */
    public double megabytesPerSecond() {
        return elapsedNanos == 0 ? 0 : payloadBytes / 1e6 / seconds();
    }

    /**
     * This summary, for callers that treat a failed replay as an error.
     *
     * @throws IllegalStateException with the failure's one line, when there is one
     */
    public ReplaySummary orThrow() {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        return this;
    }

    /** Human-readable report, one fact per line. */
    public String describe() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "replayed %d events (%d injected) in %.2f s: %.0f events/s, %.2f MB/s payload%s%n",
                events, injected, seconds(), eventsPerSecond(), megabytesPerSecond(),
                stopped ? " (stopped)" : ""));
        samples.forEach((sample, c) -> out.append(String.format(Locale.ROOT,
                "  %-24s %10d sent %10d injected%n", sample, c.sent(), c.injected())));
        if (failure != null) {
            out.append("replay failed: ").append(failure).append(System.lineSeparator());
        }
        return out.toString();
    }
}
