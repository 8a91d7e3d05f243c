package org.adtrigger.streams.demo;

import java.util.List;
import java.util.Locale;

import org.adtrigger.core.trigger.AcceptPull;
import org.adtrigger.schema.WindowSummary;

/**
 * Running totals over the closed windows for the demo's closing summary: events, tier-3 observed and
 * expected, and the largest tier-3 Z inside the burst against the largest |Z| outside it — the numbers
 * that say whether the burst stood out and the background stayed quiet; and the operating point's accepts
 * against their background expectation, over the windows outside the burst and inside it.
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
    private final Accepts acceptsOutside = new Accepts();
    private final Accepts acceptsInBurst = new Accepts();

    synchronized void add(WindowSummary window, boolean inBurst) {
        windows++;
        events += window.getCounts().get(0);
        seconds += (window.getWindowEndMs() - window.getWindowStartMs()) / 1000.0;
        observed += window.getCounts().get(WindowTable.TIER);
        expected += window.getExpectedBackground().get(WindowTable.TIER);
        (inBurst ? acceptsInBurst : acceptsOutside).add(window);
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
                        burstWindows, format(maxZInBurst), windows - burstWindows, format(maxAbsZOutside)),
                acceptsOutside.line("outside the burst"),
                acceptsInBurst.line("in the burst"));
    }

    /**
     * Accepts summed over windows: observed, expected and the card's error (linear: the windows share the
     * card's validation sample), so the pull over the run is {@link AcceptPull} of the sums.
     */
    private static final class Accepts {
        private int windows;
        private double seconds;
        private long observed;
        private double expected;
        private double cardError;

        void add(WindowSummary window) {
            windows++;
            seconds += (window.getWindowEndMs() - window.getWindowStartMs()) / 1000.0;
            observed += window.getAccepted();
            expected += window.getExpectedAccepted();
            cardError += window.getExpectedAcceptedCardError();
        }

        String line(String where) {
            AcceptPull p = new AcceptPull(observed, expected, cardError);
            return String.format(Locale.ROOT, "accepted %s (%d windows, %.0f s): %d observed (%.3f Hz), %.1f ± %.1f "
                    + "expected (%.3f ± %.3f Hz), pull %s", where, windows, seconds, observed,
                    seconds > 0 ? observed / seconds : 0.0, expected, p.error(), seconds > 0 ? expected / seconds : 0.0,
                    seconds > 0 ? p.error() / seconds : 0.0, format(p.pull()));
        }
    }

    private static String format(double z) {
        return Double.isNaN(z) ? "-" : String.format(Locale.ROOT, "%.2f", z);
    }
}
