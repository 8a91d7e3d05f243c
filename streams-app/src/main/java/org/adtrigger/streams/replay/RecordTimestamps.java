package org.adtrigger.streams.replay;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The Kafka record timestamp of each replayed event, which the stream's event-time windows use.
 * Archives carry no time, so there are two choices:
 * <ul>
 *   <li>{@link #wallClock()}: the wall clock when the event is sent — windows follow the replay live.</li>
 *   <li>{@link #synthetic(Instant, double)}: event {@code i} (0-based, counting every event sent,
 *       injected ones and repeats included) gets {@code origin + floor(i · 1000 / eventsPerSecond)} ms —
 *       the time it would be sent by a perfect pacer, independent of how fast it actually goes out, so
 *       the same replay always yields the same windows.</li>
 * </ul>
 */
public final class RecordTimestamps {
    private final LongSupplier wallMillis;
    private final long originMillis;
    private final double millisPerEvent;

    private RecordTimestamps(LongSupplier wallMillis, long originMillis, double millisPerEvent) {
        this.wallMillis = wallMillis;
        this.originMillis = originMillis;
        this.millisPerEvent = millisPerEvent;
    }

    public static RecordTimestamps wallClock() {
        return wallClock(System::currentTimeMillis);
    }

    static RecordTimestamps wallClock(LongSupplier wallMillis) {
        return new RecordTimestamps(wallMillis, 0, 0);
    }

    public static RecordTimestamps synthetic(Instant origin, double eventsPerSecond) {
        if (!(eventsPerSecond > 0) || Double.isInfinite(eventsPerSecond)) {
            throw new IllegalArgumentException("synthetic timestamps need a finite rate > 0, got " + eventsPerSecond);
        }
        return new RecordTimestamps(null, origin.toEpochMilli(), 1000.0 / eventsPerSecond);
    }

    /** Timestamp in epoch milliseconds of event {@code index}. */
    public long of(long index) {
        return wallMillis != null ? wallMillis.getAsLong() : originMillis + (long) Math.floor(index * millisPerEvent);
    }
}
