package org.adtrigger.streams.window;

import java.util.HashMap;
import java.util.Map;

import org.adtrigger.schema.ScoredEvent;

/**
 * The window tallies of one scoring task since its last commit, per window and key (ALL, the event's
 * sample, its run), in memory. At every commit the task drains them as {@link WindowPartial}s, one record
 * per window and key instead of three per event, inside the same transaction as the scored events they
 * count; so a crash loses nothing that was committed and counts nothing twice. Not thread-safe: one per task.
 */
public final class TaskWindowTallies {
    private final TumblingWindows windows;
    private final Map<Slot, Open> open = new HashMap<>();

    public TaskWindowTallies(TumblingWindows windows) {
        this.windows = windows;
    }

    /** Counts {@code event}, whose timestamp is {@code timestampMs}, under its three keys. */
    public void add(ScoredEvent event, long timestampMs) {
        long start = windows.startOf(timestampMs);
        tally(start, WindowKey.ALL, event, timestampMs);
        tally(start, WindowKey.sampleOf(event), event, timestampMs);
        tally(start, WindowKey.runOf(event), event, timestampMs);
    }

    private void tally(long start, String key, ScoredEvent event, long timestampMs) {
        Open o = open.computeIfAbsent(new Slot(start, key), s -> new Open());
        o.tally.add(event);
        o.latestMs = Math.max(o.latestMs, timestampMs);
    }

    public boolean isEmpty() {
        return open.isEmpty();
    }

    /** Hands every tally to {@code sink} and forgets them. */
    public void drain(PartialSink sink) {
        for (Map.Entry<Slot, Open> e : open.entrySet()) {
            Slot slot = e.getKey();
            sink.accept(slot.key, new WindowPartial(slot.start, e.getValue().tally), e.getValue().latestMs);
        }
        open.clear();
    }

    /** Receives drained partials. */
    @FunctionalInterface
    public interface PartialSink {
        /**
         * @param key         {@code TYPE:name}
         * @param partial     the window's start and tally
         * @param latestMs    the latest event timestamp in the tally: the partial's record timestamp, so the
         *                    merger's stream time follows the events'
         */
        void accept(String key, WindowPartial partial, long latestMs);
    }

    private record Slot(long start, String key) {
    }

    private static final class Open {
        final WindowTally tally = new WindowTally();
        long latestMs = Long.MIN_VALUE;
    }
}
