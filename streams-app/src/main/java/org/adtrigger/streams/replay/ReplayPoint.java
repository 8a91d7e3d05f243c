package org.adtrigger.streams.replay;

import java.time.Duration;

/**
 * A moment of a replay, counted either in events sent (reproducible whatever the machine's speed) or in
 * time since the replay began (what a live demo means by "after 30 seconds").
 */
public final class ReplayPoint {
    private final long events;
    private final long nanos;

    private ReplayPoint(long events, long nanos) {
        this.events = events;
        this.nanos = nanos;
    }

    /** Reached once {@code events} events have been sent: event number {@code events} (0-based) is the first after it. */
    public static ReplayPoint afterEvents(long events) {
        if (events < 0) {
            throw new IllegalArgumentException("an event count must be >= 0, got " + events);
        }
        return new ReplayPoint(events, -1);
    }

    /** Reached {@code elapsed} after the replay's first send was due. */
    public static ReplayPoint after(Duration elapsed) {
        if (elapsed.isNegative()) {
            throw new IllegalArgumentException("a replay time must not be negative, got " + elapsed);
        }
        return new ReplayPoint(-1, elapsed.toNanos());
    }

    /** Whether the replay is at or past this point when about to send event {@code index} at {@code elapsedNanos}. */
    boolean reached(long index, long elapsedNanos) {
        return events >= 0 ? index >= events : elapsedNanos >= nanos;
    }

    @Override
    public String toString() {
        return events >= 0 ? events + " events" : Duration.ofNanos(nanos).toString();
    }
}
