package org.adtrigger.streams.demo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What the demo replays: background archives read in a loop at a steady rate, and a signal archive
 * whose events replace each background event with probability {@code fraction} between
 * {@code burstStart} and {@code burstEnd} after the replay begins.
 */
public record DemoPlan(List<Path> background, Path signal, double rateHz, double fraction, Duration burstStart,
                       Duration burstEnd) {
    public DemoPlan {
        background = List.copyOf(background);
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("--rate must be a positive number of events per second, not " + rateHz);
        }
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("--fraction must be in (0, 1], not " + fraction);
        }
        if (burstEnd.compareTo(burstStart) <= 0) {
            throw new IllegalArgumentException("--burst-end (" + burstEnd.toSeconds() + " s) must come after --burst-start ("
                    + burstStart.toSeconds() + " s)");
        }
    }

    /** One line for the console: what is replayed and when the burst comes. */
    public String describe() {
        return String.format(Locale.ROOT, "replaying %s at %.0f events/s; %s injected at %.1f %% from %s to %s",
                background.stream().map(p -> p.getFileName().toString()).toList(), rateHz,
                signal.getFileName(), 100 * fraction, seconds(burstStart), seconds(burstEnd));
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
