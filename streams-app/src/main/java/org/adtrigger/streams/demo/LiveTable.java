package org.adtrigger.streams.demo;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicReference;

import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.window.WindowListener;

/**
 * Prints the {@link WindowTable} as windows over all events close (per-sample and per-run summaries are
 * left to the window-summaries topic) and keeps the {@link DemoTotals}. The burst is only known once the
 * replay has started, after the topology that calls this listener was built, hence {@link #burst}.
 */
public final class LiveTable implements WindowListener {
    private final WindowTable table;
    private final PrintStream out;
    private final DemoTotals totals = new DemoTotals();
    private final AtomicReference<BurstInterval> burst = new AtomicReference<>();
    private boolean headerPrinted;

    public LiveTable(WindowTable table, PrintStream out) {
        this.table = table;
        this.out = out;
    }

    /** Sets when the replay injects signal, for the burst marker. */
    public void burst(BurstInterval interval) {
        burst.set(interval);
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
    }
}
