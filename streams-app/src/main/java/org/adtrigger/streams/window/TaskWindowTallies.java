package org.adtrigger.streams.window;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowKeyType;

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
    private final Map<Long, OpenWindow> open = new HashMap<>();
    private OpenWindow last;
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
        OpenWindow window = last != null && last.start == start ? last : open.computeIfAbsent(start, OpenWindow::new);
        last = window;
        window.all.add(event, timestampMs);
        window.sample(event.getSample()).add(event, timestampMs);
        window.run(event.getRun()).add(event, timestampMs);
        latestMs = Math.max(latestMs, timestampMs);
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
        for (OpenWindow window : open.values()) {
            window.byKey.forEach((key, tally) ->
                    sink.accept(key, WindowUpdate.partial(source, window.start, tally.tally), tally.latestMs));
        }
        open.clear();
        last = null;
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

    /**
     * The tallies of one window, found per event by the raw sample name and run number: building the
     * {@code TYPE:name} key and asking the key cap happens once per name and window, not once per event
     * (the string work was a tenth of the stream thread's time in a profile of {@code bench e2e}).
     * Names the cap sends to the overflow key share that key's tally.
     */
    private final class OpenWindow {
        final long start;
        final Map<String, Open> byKey = new LinkedHashMap<>();
        final Open all;
        final Map<String, Open> bySample = new HashMap<>();
        final Map<Long, Open> byRun = new HashMap<>();

        OpenWindow(long start) {
            this.start = start;
            this.all = under(WindowKey.ALL);
        }

        Open sample(String name) {
            Open o = bySample.get(name);
            if (o == null) {
                o = under(keys.admit(start, WindowKey.of(WindowKeyType.SAMPLE, name)));
                bySample.put(name, o);
            }
            return o;
        }

        Open run(long run) {
            Open o = byRun.get(run);
            if (o == null) {
                o = under(keys.admit(start, WindowKey.of(WindowKeyType.RUN, Long.toString(run))));
                byRun.put(run, o);
            }
            return o;
        }

        private Open under(String key) {
            return byKey.computeIfAbsent(key, k -> new Open(WindowKey.ALL.equals(k)));
        }
    }

    /** Only the ALL key keeps mass spectra: they serve the whole-stream spectrum panel and read-back report. */
    private final class Open {
        final WindowTally tally;
        long latestMs = Long.MIN_VALUE;

        Open(boolean withSpectra) {
            tally = withSpectra ? WindowTally.withSpectra() : new WindowTally();
        }

        void add(ScoredEvent event, long timestampMs) {
            tally.add(event, model);
            latestMs = Math.max(latestMs, timestampMs);
        }
    }
}
