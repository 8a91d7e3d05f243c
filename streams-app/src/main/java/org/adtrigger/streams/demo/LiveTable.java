package org.adtrigger.streams.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.window.WindowListener;

/**
 * Prints the {@link WindowTable} as windows over all events close (per-sample and per-run summaries are
 * left to the window-summaries topic) and keeps the {@link DemoTotals}. The replay reports when the burst
 * begins and ends ({@link #burstChanged}); a window that closes while the burst is still on counts as
 * in it from the burst's start onwards.
 */
public final class LiveTable implements WindowListener {
    private final WindowTable table;
    private final PrintWriter out;
    private final DemoTotals totals = new DemoTotals();
    private final AtomicReference<BurstInterval> burst = new AtomicReference<>();
    private boolean headerPrinted;
    private long lastWindowEndMs = Long.MIN_VALUE;

    public LiveTable(WindowTable table, PrintWriter out) {
        this.table = table;
        this.out = out;
    }

    /**
     * The replay started or stopped injecting signal; {@code timestampMillis} is the event time of the
     * first event sent after the change.
     */
    public void burstChanged(boolean injecting, long timestampMillis) {
        if (injecting) {
            burst.set(new BurstInterval(timestampMillis, Long.MAX_VALUE));
        } else {
            burst.updateAndGet(open -> open == null ? null : new BurstInterval(open.startMs(), timestampMillis));
        }
    }

    public DemoTotals totals() {
        return totals;
    }

    @Override
    public synchronized void onWindowClosed(WindowSummary window) {
        if (window.getKeyType() != WindowKeyType.ALL) {
            return;
        }
        BurstInterval interval = burst.get();
        boolean inBurst = interval != null && interval.overlaps(window.getWindowStartMs(), window.getWindowEndMs());
        if (!headerPrinted) {
            table.header().forEach(out::println);
            headerPrinted = true;
        }
        out.println(table.row(window, inBurst));
        out.flush();
        totals.add(window, inBurst);
        lastWindowEndMs = Math.max(lastWindowEndMs, window.getWindowEndMs());
        notifyAll();
    }

    /**
     * Waits until a window ending after {@code eventTimeMs} has been printed, or {@code bound} has passed
     * (a window with no event is never printed, so the bound is what guarantees the return).
     *
     * @return whether such a window was printed
     */
    public synchronized boolean awaitWindowsUpTo(long eventTimeMs, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (lastWindowEndMs <= eventTimeMs) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
