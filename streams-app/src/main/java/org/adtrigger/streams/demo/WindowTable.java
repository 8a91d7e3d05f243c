package org.adtrigger.streams.demo;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.adtrigger.core.trigger.AcceptPull;
import org.adtrigger.schema.WindowSummary;

/**
 * The demo's console table: one aligned row per closed window over all events, with the tier counts and
 * the tier-3 significance of the window's unlabeled events (b3 = card pass fraction × N, s3 = observed − b3,
 * Z3 = s3/√b3 and the Asimov Z3), the events the operating point accepted against their background
 * expectation ± its error and their pull, and a marker on the windows that hold part of the signal burst.
 */
public final class WindowTable {
    static final int TIER = 3;
    static final String BURST_MARKER = "◀ burst";
    private static final String ROW = "%-8s %8s %7s %7s %7s %7s %9s %9s %8s %7s %7s %7s %15s %6s  %s";

    private final DateTimeFormatter clock;

    /** @param zone time zone of the window start column */
    public WindowTable(ZoneId zone) {
        this.clock = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(zone);
    }

    /** The column titles and a line saying what they mean. */
    public List<String> header() {
        return List.of(
                String.format(Locale.ROOT, ROW, "window", "rate/Hz", "N", "tier1", "tier2", "tier3", "b3", "obs3",
                        "s3", "Z3", "Z3(A)", "acc", "exp", "pull", "").stripTrailing(),
                "(tierK: events with tier >= K; b3 = card pass fraction x N; s3 = obs3 - b3; Z3 = s3/sqrt(b3); "
                        + "Z3(A): Asimov; acc: accepted by the operating point, exp: background expectation +- error, "
                        + "pull = (acc - exp)/error)");
    }

    /** One row; {@code inBurst} appends the burst marker. */
    public String row(WindowSummary window, boolean inBurst) {
        List<Long> counts = window.getCounts();
        double b = window.getExpectedBackground().get(TIER);
        double s = window.getObservedSignal().get(TIER);
        String line = String.format(Locale.ROOT, ROW,
                clock.format(Instant.ofEpochMilli(window.getWindowStartMs())),
                fixed(window.getRateHz(), 0), counts.get(0), counts.get(1), counts.get(2), counts.get(TIER),
                fixed(b, 1), counts.get(TIER), fixed(s, 1), fixed(window.getZ().get(TIER), 2),
                fixed(window.getAsimovZ().get(TIER), 2), window.getAccepted(), expected(window),
                fixed(window.getAcceptPull(), 2), inBurst ? BURST_MARKER : "");
        return line.stripTrailing();
    }

    private static String expected(WindowSummary window) {
        AcceptPull accepts = new AcceptPull(window.getAccepted(), window.getExpectedAccepted(),
                window.getExpectedAcceptedCardError());
        return fixed(accepts.expected(), 1) + "±" + fixed(accepts.error(), 1);
    }

    /** NaN (no background expected) prints as "-", not "NaN". */
    private static String fixed(double value, int decimals) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
