package org.adtrigger.harness.soak;

import java.util.Locale;

/**
 * One reading of the app under soak.
 *
 * @param seconds          since the app became ready
 * @param phase            {@link Phase} the run was in
 * @param rssBytes         the app JVM's resident set size (VmRSS)
 * @param heapAfterGcBytes the old generation's occupancy after the last collection ({@code jvm.gc.live.data.size})
 * @param heapUsedBytes    heap in use at the reading, garbage included
 * @param sent             events the load generator had sent
 * @param received         events the app had taken in ({@code adtrigger.events.received})
 * @param eventLagMs       mean event lag (record time to scoring) of the events scored since the last reading;
 *                         NaN when none was
 */
public record SoakSample(double seconds, Phase phase, long rssBytes, long heapAfterGcBytes, long heapUsedBytes,
                         long sent, long received, double eventLagMs) {

    /** What the run was doing. */
    public enum Phase {
        /** Offering load as fast as possible to find the maximum rate. */
        SATURATION,
        /** Waiting for the app to catch up on the saturation backlog. */
        DRAIN,
        /** Offering the fixed fraction of the maximum rate. */
        STEADY
    }

    public static final String CSV_HEADER =
            "seconds,phase,rss_mib,heap_after_gc_mib,heap_used_mib,sent,received,backlog,event_lag_ms";

    /** Events sent and not yet taken in by the app. */
    public long backlog() {
        return Math.max(0, sent - received);
    }

    public String csvLine() {
        return String.format(Locale.ROOT, "%.1f,%s,%.1f,%.1f,%.1f,%d,%d,%d,%s", seconds, phase.name().toLowerCase(Locale.ROOT),
                mib(rssBytes), mib(heapAfterGcBytes), mib(heapUsedBytes), sent, received, backlog(),
                Double.isNaN(eventLagMs) ? "" : String.format(Locale.ROOT, "%.1f", eventLagMs));
    }

    static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
