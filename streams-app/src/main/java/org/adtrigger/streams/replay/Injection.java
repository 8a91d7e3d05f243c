package org.adtrigger.streams.replay;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Signal mixed into a replay: from {@code start} until {@code end} (or the end of the replay when null),
 * each background event is replaced, with probability {@code fraction}, by the next event of the signal
 * archive, which is read in a loop.
 */
public record Injection(Path signal, double fraction, ReplayPoint start, ReplayPoint end) {

    public Injection {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(start, "start");
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("injection fraction must be in (0, 1], got " + fraction);
        }
    }

    boolean activeAt(long index, long elapsedNanos) {
        return start.reached(index, elapsedNanos) && (end == null || !end.reached(index, elapsedNanos));
    }

    @Override
    public String toString() {
        return signal + " x" + fraction + " from " + start + (end == null ? "" : " to " + end);
    }
}
