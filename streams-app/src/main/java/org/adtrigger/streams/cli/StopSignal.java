package org.adtrigger.streams.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Meeting point of the threads that can end a run — the main thread's timer, the JVM shutdown hook
 * (SIGTERM, Ctrl-C) and Kafka Streams failing — and of the shutdown hook waiting for the main thread to
 * finish stopping the parts before the JVM halts.
 */
final class StopSignal {
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<String> failure = new AtomicReference<>();

    /** Asks the run to stop normally. */
    void requestStop() {
        stopRequested.countDown();
    }

    /** Whether a stop was requested, for loops that poll rather than wait. */
    boolean requested() {
        return stopRequested.getCount() == 0;
    }

    /** Asks the run to stop because of a failure; the first reason wins. */
    void fail(String reason) {
        failure.compareAndSet(null, reason);
        stopRequested.countDown();
    }

    /**
     * Waits until a stop is requested or {@code limit} passes (null: no limit).
     *
     * @return the failure reason, or null when the run ended normally
     */
    String await(Duration limit) throws InterruptedException {
        if (limit == null) {
            stopRequested.await();
        } else {
            stopRequested.await(limit.toNanos(), TimeUnit.NANOSECONDS);
        }
        return failure.get();
    }

    /** Called by the main thread once every part is stopped. */
    void markStopped() {
        stopped.countDown();
    }

    /** Lets the shutdown hook wait for {@link #markStopped()}. */
    boolean awaitStopped(Duration limit) throws InterruptedException {
        return stopped.await(limit.toNanos(), TimeUnit.NANOSECONDS);
    }
}
