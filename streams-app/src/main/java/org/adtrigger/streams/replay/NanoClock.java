package org.adtrigger.streams.replay;

import java.util.concurrent.locks.LockSupport;

/**
 * The monotonic clock and the sleep the replay paces itself with, behind an interface so the pacing and
 * time-based injection windows can be tested without waiting.
 */
interface NanoClock {

    /** Monotonic time in nanoseconds, as {@link System#nanoTime()}. */
    long nanoTime();

    /** Sleeps about {@code nanos} (may wake early or late). */
    void sleepNanos(long nanos) throws InterruptedException;

    /** The JVM's clock; parkNanos wakes with roughly 50–100 µs granularity, fine enough for pacing in bursts. */
    NanoClock SYSTEM = new NanoClock() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void sleepNanos(long nanos) throws InterruptedException {
            LockSupport.parkNanos(nanos);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    };
}
