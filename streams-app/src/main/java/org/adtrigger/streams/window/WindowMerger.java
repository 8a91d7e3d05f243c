package org.adtrigger.streams.window;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds the scoring tasks' partial tallies of each window and key, and emits each window's summary once,
 * when it closes. The partials of a key all reach one merger task (they are repartitioned by key), so the
 * merged tally is the window's exact tally across every scoring task and application instance.
 *
 * <h2>When a window closes: a watermark over the sources</h2>
 * Every scoring task (a <i>source</i>: one input partition) sends, after its partials of a commit, a progress
 * mark to every merger task: the latest event time it has scored and sent. The sources are the input
 * topic's partitions, all of them known from the start (a task that has not reported yet is waited for).
 * The watermark is the smallest progress of the active sources, and a window closes when the watermark reaches its end plus the grace. So
 * a window waits for the slowest source: a task that lags after a restart or a fail-over to another
 * instance still gets its events into the window, however far ahead the others are. A partial that arrives
 * for a window already closed (an event later than the grace within its own partition) is dropped and its
 * events counted in {@code adtrigger.window.late.events}.
 *
 * <p>A source silent for {@code window.idle.close.ms} of wall clock stops holding windows back (a quiet input
 * partition must not stop every summary); when all are silent that long (a finite replay has ended, the
 * input stopped), time is taken to follow the wall clock from the last progress on, so the last windows
 * close too, within window + grace + idle time. The idle time should exceed the time a fail-over takes
 * (the consumer session timeout), or a moved task's late partials are dropped.
 *
 * <h2>Bounded keys</h2>
 * Each merged window holds at most {@code window.max.keys} sample keys and as many run keys (see
 * {@link WindowKeyCap}): partials of further keys are merged into the overflow keys, and their events counted
 * in {@code adtrigger.window.overflow.events}. The scoring tasks cap their own partials too, but several
 * tasks (and commits) together may bring more distinct keys: the cap on the summaries is enforced here.
 *
 * <h2>Exactly once</h2>
 * Tallies, source progress and the close time live in changelogged stores; a summary is emitted in the same
 * transaction that deletes its tally and advances the close time, and the close time refuses a second
 * summary for a window already emitted.
 */
final class WindowMerger implements Processor<String, WindowUpdate, String, WindowSummary> {
    private static final String CLOSED_THROUGH = "closed-through";
    private static final String SOURCE = "source-";
    private static final long NEVER = Long.MAX_VALUE;

    private final TumblingWindows windows;
    private final int sourcePartitions;
    private final long idleMs;
    private final List<WindowListener> listeners;
    private final Counter lateEvents;
    private final Map<WindowKeyType, Counter> overflowEvents;
    private final WindowKeyCap keys;
    private final Map<String, SpectrumExpectation> spectra;
    private final Map<Integer, Progress> sources = new HashMap<>();
    private ProcessorContext<String, WindowSummary> context;
    private KeyValueStore<String, WindowTally> tallies;
    private KeyValueStore<String, Long> clock;
    private long closedThrough;
    private long nextCloseAt;

    /**
     * @param maxKeys        {@code window.max.keys}: distinct sample keys, and run keys, per merged window
     * @param overflowEvents per key type (SAMPLE, RUN): counts the events tallied under its overflow key
     * @param spectra        the expected mass spectra of the models this merger knows, by model id
     */
    WindowMerger(TumblingWindows windows, int sourcePartitions, Duration idle, List<WindowListener> listeners,
                 Counter lateEvents, int maxKeys, Map<WindowKeyType, Counter> overflowEvents,
                 Map<String, SpectrumExpectation> spectra) {
        this.windows = windows;
        this.sourcePartitions = sourcePartitions;
        this.idleMs = idle.toMillis();
        this.listeners = listeners;
        this.lateEvents = lateEvents;
        this.keys = new WindowKeyCap(maxKeys);
        this.overflowEvents = overflowEvents;
        this.spectra = spectra;
    }

    @Override
    public void init(ProcessorContext<String, WindowSummary> context) {
        this.context = context;
        this.tallies = context.getStateStore(WindowStage.TALLY_STORE);
        this.clock = context.getStateStore(WindowStage.CLOCK_STORE);
        long now = context.currentSystemTimeMs();
        sources.clear();
        Long closed = null;
        try (KeyValueIterator<String, Long> it = clock.all()) {
            while (it.hasNext()) {
                KeyValue<String, Long> entry = it.next();
                if (entry.key.equals(CLOSED_THROUGH)) {
                    closed = entry.value;
                } else if (entry.key.startsWith(SOURCE)) {
                    // restored sources count as active from now: they get the idle time to report again
                    sources.put(Integer.parseInt(entry.key.substring(SOURCE.length())), new Progress(entry.value, now));
                }
            }
        }
        for (int p = 0; p < sourcePartitions; p++) {
            // a source not heard of yet holds every window back until it reports, or for the idle time
            sources.putIfAbsent(p, new Progress(Long.MIN_VALUE, now));
        }
        this.closedThrough = closed == null ? Long.MIN_VALUE : closed;
        keys.clear();
        try (KeyValueIterator<String, WindowTally> it = tallies.all()) {
            while (it.hasNext()) {
                String slot = it.next().key;
                keys.restore(startOf(slot), keyOf(slot));
            }
        }
        this.nextCloseAt = earliestClose();
        // a tenth of the idle time (at most 1 s): windows close at most that much after the idle time has passed
        Duration check = Duration.ofMillis(Math.max(10, Math.min(1_000, idleMs / 10)));
        context.schedule(check, PunctuationType.WALL_CLOCK_TIME, now2 -> closeThrough(watermark(now2)));
    }

    @Override
    public void process(Record<String, WindowUpdate> record) {
        WindowUpdate update = record.value();
        if (update.isProgress()) {
            advance(update.source(), update.sourceTime());
        } else {
            merge(record.key(), update);
        }
        closeThrough(watermark(context.currentSystemTimeMs()));
    }

    private void advance(int source, long time) {
        Progress progress = sources.computeIfAbsent(source, s -> new Progress(time, 0));
        progress.time = Math.max(progress.time, time);
        progress.lastHeardMs = context.currentSystemTimeMs();
        clock.put(SOURCE + source, progress.time);
    }

    private void merge(String key, WindowUpdate partial) {
        long closesAt = windows.closesAt(partial.windowStart());
        if (closesAt <= closedThrough) {
            if (WindowKey.ALL.equals(key)) {
                // every event is in exactly one ALL partial (and also in its sample's and run's)
                lateEvents.increment(partial.tally().count(0));
            }
            return;
        }
        String admitted = keys.admit(partial.windowStart(), key);
        if (WindowKey.isOverflow(admitted)) {
            overflowEvents.get(WindowKey.typeOf(admitted)).increment(partial.tally().count(0));
        }
        String slot = slot(partial.windowStart(), admitted);
        WindowTally merged = tallies.get(slot);
        tallies.put(slot, merged == null ? partial.tally() : merged.merge(partial.tally()));
        nextCloseAt = Math.min(nextCloseAt, closesAt);
    }

    /**
     * The smallest progress of the sources heard within the idle time; when none has been, the latest
     * progress plus the wall-clock time since it was heard; {@code Long.MIN_VALUE} before any progress.
     */
    private long watermark(long nowMs) {
        long slowestActive = NEVER;
        long latest = Long.MIN_VALUE;
        long lastHeard = Long.MIN_VALUE;
        boolean heardAny = false;
        for (Progress p : sources.values()) {
            if (nowMs - p.lastHeardMs < idleMs) {
                slowestActive = Math.min(slowestActive, p.time);
            }
            latest = Math.max(latest, p.time);
            lastHeard = Math.max(lastHeard, p.lastHeardMs);
            heardAny |= p.time != Long.MIN_VALUE;
        }
        if (slowestActive != NEVER) {
            return slowestActive;
        }
        return heardAny ? latest + (nowMs - lastHeard) : Long.MIN_VALUE;
    }

    /** Emits and forgets every window that closes at or before {@code time}, in order of start. */
    private void closeThrough(long time) {
        if (time < nextCloseAt) {
            return;
        }
        List<KeyValue<String, WindowTally>> due = new ArrayList<>();
        nextCloseAt = NEVER;
        try (KeyValueIterator<String, WindowTally> it = tallies.all()) {
            while (it.hasNext()) {
                KeyValue<String, WindowTally> entry = it.next();
                long closesAt = windows.closesAt(startOf(entry.key));
                if (closesAt > time) {
                    nextCloseAt = closesAt;
                    break;
                }
                due.add(entry);
            }
        }
        for (KeyValue<String, WindowTally> entry : due) {
            emit(startOf(entry.key), keyOf(entry.key), entry.value);
            tallies.delete(entry.key);
            keys.forget(startOf(entry.key));
        }
        if (time > closedThrough) {
            closedThrough = time;
            clock.put(CLOSED_THROUGH, time);
        }
    }

    private void emit(long start, String key, WindowTally tally) {
        long end = windows.endOf(start);
        WindowSummary summary = WindowSummarizer.summarize(key, start, end, tally, spectra);
        for (WindowListener listener : listeners) {
            listener.onWindowClosed(summary);
        }
        context.forward(new Record<>(key, summary, end));
    }

    private long earliestClose() {
        try (KeyValueIterator<String, WindowTally> it = tallies.all()) {
            return it.hasNext() ? windows.closesAt(startOf(it.next().key)) : NEVER;
        }
    }

    /**
     * Store key: the window start as 19 zero-padded digits, so the store's byte order is time order, then
     * the summary key. Window starts are never negative (Kafka refuses negative record timestamps).
     */
    static String slot(long start, String key) {
        String digits = Long.toString(start);
        return "0".repeat(19 - digits.length()) + digits + '|' + key;
    }

    private static long startOf(String slot) {
        return Long.parseLong(slot.substring(0, 19));
    }

    private static String keyOf(String slot) {
        return slot.substring(20);
    }

    /** A source's latest reported event time, and when (wall clock) it was last heard. */
    private static final class Progress {
        long time;
        long lastHeardMs;

        Progress(long time, long lastHeardMs) {
            this.time = time;
            this.lastHeardMs = lastHeardMs;
        }
    }
}
