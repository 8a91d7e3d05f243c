package org.adtrigger.streams.demo;

/**
 * When the replay injects signal, in epoch milliseconds of event time (the replay stamps each event
 * with the wall clock as it sends it, so event time and replay time agree).
 *
 * @param startMs first millisecond with injected events
 * @param endMs   first millisecond after the injection; {@link Long#MAX_VALUE} while it goes on
 */
public record BurstInterval(long startMs, long endMs) {
    public BurstInterval {
        if (endMs < startMs) {
            throw new IllegalArgumentException("burst ends (" + endMs + ") before it starts (" + startMs + ")");
        }
    }

    /** Whether the window [fromMs, toMs) holds any part of the burst. */
    public boolean overlaps(long fromMs, long toMs) {
        return fromMs < endMs && startMs < toMs;
    }
}
