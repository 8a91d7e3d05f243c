package org.adtrigger.streams.window;

import java.util.HashMap;
import java.util.Map;

import org.adtrigger.schema.ScoredEvent;

/**
 * The window tallies of one scoring task since its last commit, per window and key (ALL, the event's
 * sample, its run), in memory. At every commit the task drains them as {@link WindowUpdate} partials, one
 * record per window and key instead of three per event, followed by its progress mark, inside the same
 * transaction as the scored events they count; so a crash loses nothing that was committed and counts
 * nothing twice. Between two commits it holds at most {@code window.max.keys} sample and as many run tallies
 * per window (plus ALL and the overflow keys), whatever the input. Not thread-safe: one per task and life of
 * the task.
 */
public final class TaskWindowTallies {
    private final TumblingWindows windows;
    private final int source;
    private final ModelExpectation model;
    private final WindowKeyCap keys;
    private final Map<Slot, Open> open = new HashMap<>();
    private long latestMs = Long.MIN_VALUE;

    /**
     * @param source        the task's input partition, named in what it sends
     * @param model         what the task's model card expects
     * @param maxKeys       {@code window.max.keys}: distinct sample keys, and run keys, per window between two
     *                      commits; the rest go under the overflow keys (see {@link WindowKeyCap})
     */
    public TaskWindowTallies(TumblingWindows windows, int source, ModelExpectation model, int maxKeys) {
        this.windows = windows;
        this.source = source;
        this.model = model;
        this.keys = new WindowKeyCap(maxKeys);
    }

    /** Counts {@code event}, whose timestamp is {@code timestampMs}, under its three keys. */
    public void add(ScoredEvent event, long timestampMs) {
        long start = windows.startOf(timestampMs);
        tally(start, WindowKey.ALL, event, timestampMs);
        tally(start, WindowKey.sampleOf(event), event, timestampMs);
        tally(start, WindowKey.runOf(event), event, timestampMs);
        latestMs = Math.max(latestMs, timestampMs);
    }

    private void tally(long start, String key, ScoredEvent event, long timestampMs) {
        Open o = open.computeIfAbsent(new Slot(start, keys.admit(start, key)), s -> new Open(WindowKey.ALL.equals(s.key)));
        o.tally.add(event, model);
        o.latestMs = Math.max(o.latestMs, timestampMs);
    }

    /**
     * Hands every tally to {@code sink} as a partial and forgets them, then, if there was any, the task's
     * progress: the latest event time it has now sent every partial of. With nothing new to send it sends
     * nothing: a task that scores nothing falls silent, and the merger stops waiting for it after the idle time.
     */
    public void drain(UpdateSink sink) {
        if (open.isEmpty()) {
            return;
        }
        for (Map.Entry<Slot, Open> e : open.entrySet()) {
            Slot slot = e.getKey();
            sink.accept(slot.key, WindowUpdate.partial(source, slot.start, e.getValue().tally), e.getValue().latestMs);
        }
        open.clear();
        keys.clear();
        sink.accept(WindowUpdate.PROGRESS_KEY, WindowUpdate.progress(source, latestMs), latestMs);
    }

    /** Receives drained updates. */
    @FunctionalInterface
    public interface UpdateSink {
        /**
         * @param key      {@code TYPE:name} of a partial; {@link WindowUpdate#PROGRESS_KEY} for a progress mark
         * @param update   the partial or progress mark
         * @param recordMs the record timestamp: a partial's latest event time, or the progress time
         */
        void accept(String key, WindowUpdate update, long recordMs);
    }

    private record Slot(long start, String key) {
    }

    private static final class Open {
        final WindowTally tally;
        long latestMs = Long.MIN_VALUE;

        Open(boolean withSpectra) {
            tally = withSpectra ? WindowTally.withSpectra() : new WindowTally();
        }
    }
}
