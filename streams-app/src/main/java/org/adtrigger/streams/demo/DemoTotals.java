package org.adtrigger.streams.demo;

import java.util.List;
import java.util.Locale;

import org.adtrigger.schema.WindowSummary;

/**
 * Running totals over the closed windows for the demo's closing summary: events, tier-3 observed and
 * expected, and the largest tier-3 Z inside the burst against the largest |Z| outside it — the numbers
 * that say whether the burst stood out and the background stayed quiet.
 */
public final class DemoTotals {
    private int windows;
    private long events;
    private double seconds;
    private long observed;
    private double expected;
    private int burstWindows;
    private double maxZInBurst = Double.NaN;
    private double maxAbsZOutside = Double.NaN;

    synchronized void add(WindowSummary window, boolean inBurst) {
        windows++;
        events += window.getCounts().get(0);
        seconds += (window.getWindowEndMs() - window.getWindowStartMs()) / 1000.0;
        observed += window.getCounts().get(WindowTable.TIER);
        expected += window.getExpectedBackground().get(WindowTable.TIER);
        double z = window.getZ().get(WindowTable.TIER);
        if (Double.isNaN(z)) {
            return;
        }
        if (inBurst) {
            burstWindows++;
            maxZInBurst = Double.isNaN(maxZInBurst) ? z : Math.max(maxZInBurst, z);
        } else {
            maxAbsZOutside = Double.isNaN(maxAbsZOutside) ? Math.abs(z) : Math.max(maxAbsZOutside, Math.abs(z));
        }
    }

    /** The closing summary, a few lines. */
    public synchronized List<String> summary() {
        if (windows == 0) {
            return List.of("no window closed: run longer than the window size plus its grace period");
        }
        return List.of(
                String.format(Locale.ROOT, "%d events scored in %d closed windows (%.0f Hz)", events, windows,
                        events / seconds),
                String.format(Locale.ROOT, "tier-3 anomalies: %d observed, %.1f expected from the background",
                        observed, expected),
                String.format(Locale.ROOT, "max Z3 in the %d burst windows: %s; max |Z3| in the %d others: %s",
                        burstWindows, format(maxZInBurst), windows - burstWindows, format(maxAbsZOutside)));
    }

    private static String format(double z) {
        return Double.isNaN(z) ? "-" : String.format(Locale.ROOT, "%.2f", z);
    }
}
