package org.adtrigger.streams.replay;

/**
 * Spaces sends at a target rate. Event k of the current schedule is due at {@code origin + k / rate};
 * the caller asks {@link #reserve(long)} how long to wait before sending the next event.
 *
 * <p>Sleeps wake tens of microseconds late, so at 20–200 k events/s the replay runs a little behind and
 * catches up by sending the events already due back to back: the long-run rate is exact while the
 * producer keeps up. After a stall (GC, a full producer buffer) at most {@link #maxLagNanos} worth of
 * events are sent back to back; older debt is forgiven by moving the origin, so a stall never turns
 * into a burst far above the target rate.
 */
final class Pacer {
    /** Catch-up allowance; 20 ms is 400 events at 20 k/s — far above sleep jitter, short on a dashboard. */
    static final long DEFAULT_MAX_LAG_NANOS = 20_000_000L;

    private final double nanosPerEvent;
    private final long maxLagNanos;
    private long originNanos;
    private long scheduled;

    /**
     * @param eventsPerSecond target rate, finite (checked by the builder); 0 means unpaced (every reservation is immediate)
     * @param startNanos      the clock's time at which the first event is due
     */
    Pacer(double eventsPerSecond, long startNanos, long maxLagNanos) {
        this.nanosPerEvent = eventsPerSecond == 0 ? 0 : 1e9 / eventsPerSecond;
        this.maxLagNanos = maxLagNanos;
        this.originNanos = startNanos;
    }

    Pacer(double eventsPerSecond, long startNanos) {
        this(eventsPerSecond, startNanos, DEFAULT_MAX_LAG_NANOS);
    }

    /**
     * Reserves the next event's slot.
     *
     * @param nowNanos the clock's current time
     * @return nanoseconds to wait before sending it; 0 when it is already due
     */
    long reserve(long nowNanos) {
        if (nanosPerEvent == 0) {
            return 0;
        }
        long due = dueNanos();
        if (nowNanos - due > maxLagNanos) {
            originNanos = nowNanos - maxLagNanos;
            scheduled = 0;
            due = originNanos;
        }
        scheduled++;
        return Math.max(0, due - nowNanos);
    }

    private long dueNanos() {
        // Computed from the origin each time rather than accumulated, so fractional intervals never drift.
        return originNanos + (long) (scheduled * nanosPerEvent);
    }
}
