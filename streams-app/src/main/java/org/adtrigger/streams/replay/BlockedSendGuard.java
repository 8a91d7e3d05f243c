package org.adtrigger.streams.replay;

import java.util.function.BooleanSupplier;

/**
 * Frees a replay stuck in {@code producer.send}: when the broker goes away, a send blocks for up to the
 * producer's {@code max.block.ms} (a minute) waiting for metadata or buffer space, and a replay limited to
 * 40 s ran for minutes. A watcher interrupts the sending thread while it is inside a send that has passed
 * the time limit, or that lasts over a second after a stop request; the producer turns the interrupt into
 * an exception and the replay ends with its summary.
 */
final class BlockedSendGuard implements AutoCloseable {
    private static final long STOP_PATIENCE_NANOS = 1_000_000_000L;
    private static final long CHECK_MILLIS = 50;

    private final Thread sender = Thread.currentThread();
    private final long deadline;
    private final BooleanSupplier stopRequested;
    private final Thread watcher;
    private long sendSince = -1;
    private boolean closed;
    private boolean fired;

    /** @param limitNanos how long the replay may run from now (wall clock), or negative for no limit */
    BlockedSendGuard(long limitNanos, BooleanSupplier stopRequested) {
        this.deadline = limitNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + limitNanos;
        this.stopRequested = stopRequested;
        this.watcher = new Thread(this::watch, "replay-send-guard");
        watcher.setDaemon(true);
        watcher.start();
    }

    synchronized void beforeSend() {
        sendSince = System.nanoTime();
    }

    /** @return whether the send was interrupted (the interrupt is cleared): the replay must end */
    synchronized boolean afterSend() {
        sendSince = -1;
        if (fired) {
            Thread.interrupted();
        }
        return fired;
    }

    private void watch() {
        while (true) {
            try {
                Thread.sleep(CHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (closed) {
                    return;
                }
                long now = System.nanoTime();
                boolean overdue = now - deadline > 0
                        || (stopRequested.getAsBoolean() && now - sendSince > STOP_PATIENCE_NANOS);
                if (sendSince >= 0 && overdue) {
                    fired = true;
                    sender.interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        watcher.interrupt();
    }
}
