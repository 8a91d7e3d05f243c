package org.adtrigger.streams.replay;

/** A clock that only moves when slept on, each sleep overshooting by a fixed lateness like a real wake-up. */
final class FakeClock implements NanoClock {
    private final long latenessNanos;
    private long now;

    FakeClock(long latenessNanos) {
        this.latenessNanos = latenessNanos;
    }

    @Override
    public long nanoTime() {
        return now;
    }

    @Override
    public void sleepNanos(long nanos) {
        now += nanos + latenessNanos;
    }

    void advance(long nanos) {
        now += nanos;
    }
}
