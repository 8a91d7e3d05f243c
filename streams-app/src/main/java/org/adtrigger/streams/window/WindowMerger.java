package org.adtrigger.streams.window;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import org.adtrigger.schema.WindowSummary;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Adds the scoring tasks' {@link WindowPartial}s of each window and key, and emits each window's summary
 * once, when it closes. The partials of a key all reach one task (they are repartitioned by key), so the
 * merged tally is the window's exact tally across every scoring task and application instance.
 *
 * <h2>When a window closes</h2>
 * Stream time here is the latest partial timestamp seen (a partial's timestamp is its latest event's), as
 * for a Kafka Streams window store fed by the events themselves. A window closes when stream time reaches
 * its end plus the grace; a partial for a closed window is late: its events are dropped and counted in
 * {@code adtrigger.window.late.events}. When no partial arrives for {@code window.idle.close.ms} of wall
 * clock (a finite replay has ended, or the input stopped), stream time is taken to advance with the wall
 * clock from the last partial on, so the last windows close too, within window + grace + idle time.
 *
 * <h2>Exactly once</h2>
 * The tallies and the stream and close times live in changelogged stores; a summary is emitted in the same
 * transaction that deletes its tally and advances the close time. After a crash the restored state either
 * still holds the tally (the summary's transaction was aborted) or holds neither (it committed), and the
 * close time refuses a second summary for a window already emitted.
 */
final class WindowMerger implements Processor<String, WindowPartial, String, WindowSummary> {
    private static final String STREAM_TIME = "stream-time";
    private static final String CLOSED_THROUGH = "closed-through";
    private static final long NEVER = Long.MAX_VALUE;

    private final TumblingWindows windows;
    private final Duration idle;
    private final WindowSummarizer summarizer;
    private final List<WindowListener> listeners;
    private final Counter lateEvents;
    private ProcessorContext<String, WindowSummary> context;
    private KeyValueStore<String, WindowTally> tallies;
    private KeyValueStore<String, Long> clock;
    private long streamTime;
    private long closedThrough;
    private long lastInputWallMs;
    private long nextCloseAt;

    WindowMerger(TumblingWindows windows, Duration idle, WindowSummarizer summarizer, List<WindowListener> listeners,
                 Counter lateEvents) {
        this.windows = windows;
        this.idle = idle;
        this.summarizer = summarizer;
        this.listeners = listeners;
        this.lateEvents = lateEvents;
    }

    @Override
    public void init(ProcessorContext<String, WindowSummary> context) {
        this.context = context;
        this.tallies = context.getStateStore(WindowStage.TALLY_STORE);
        this.clock = context.getStateStore(WindowStage.CLOCK_STORE);
        this.streamTime = restored(STREAM_TIME);
        this.closedThrough = restored(CLOSED_THROUGH);
        this.lastInputWallMs = context.currentSystemTimeMs();
        this.nextCloseAt = earliestClose();
        Duration check = Duration.ofMillis(Math.max(10, Math.min(1_000, idle.toMillis() / 2)));
        context.schedule(check, PunctuationType.WALL_CLOCK_TIME, this::closeIfIdle);
    }

    @Override
    public void process(Record<String, WindowPartial> record) {
        lastInputWallMs = context.currentSystemTimeMs();
        if (record.timestamp() > streamTime) {
            streamTime = record.timestamp();
            clock.put(STREAM_TIME, streamTime);
        }
        WindowPartial partial = record.value();
        long closesAt = windows.closesAt(partial.windowStart());
        if (closesAt <= Math.max(streamTime, closedThrough)) {
            if (WindowKey.ALL.equals(record.key())) {
                // every event is in exactly one ALL partial (and also in its sample's and run's)
                lateEvents.increment(partial.tally().count(0));
            }
        } else {
            String slot = slot(partial.windowStart(), record.key());
            WindowTally merged = tallies.get(slot);
            tallies.put(slot, merged == null ? partial.tally() : merged.merge(partial.tally()));
            nextCloseAt = Math.min(nextCloseAt, closesAt);
        }
        closeThrough(streamTime);
    }

    private void closeIfIdle(long nowMs) {
        long idleFor = nowMs - lastInputWallMs;
        if (idleFor >= idle.toMillis() && streamTime > Long.MIN_VALUE) {
            closeThrough(streamTime + idleFor);
        }
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
        }
        if (time > closedThrough) {
            closedThrough = time;
            clock.put(CLOSED_THROUGH, time);
        }
    }

    private void emit(long start, String key, WindowTally tally) {
        long end = windows.endOf(start);
        WindowSummary summary = summarizer.summarize(key, start, end, tally);
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

    private long restored(String name) {
        Long value = clock.get(name);
        return value == null ? Long.MIN_VALUE : value;
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
}
