package org.adtrigger.streams.window;

import java.time.Duration;
import java.util.List;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.schema.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Suppressed;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The windowed significance branch of the topology: scored events are re-keyed to ALL, their sample and
 * their run (a repartition, so each key is tallied by one task), tallied in tumbling event-time windows,
 * and summarised once per window and key.
 *
 * <p>Only final results are emitted: {@code suppress(untilWindowCloses)} holds each window's tally until
 * stream time passes its end plus the grace period, so a summary is never revised by a late event (events
 * later than the grace are dropped by the window store). Suppress was chosen over
 * {@code EmitStrategy.onWindowClose()} because it is driven by stream time alone, while the emit strategy
 * also throttles on wall-clock time. Stream time advances per task with the records it receives, so a
 * quiet partition of the repartition topic closes its windows only when its next record arrives.
 */
public final class WindowStage {
    /** Name of the windowed tally store; {@code window-keys} names the repartition topic. */
    public static final String TALLY_STORE = "window-tallies";

    private WindowStage() {
    }

    public static void attach(KStream<byte[], ScoredEvent> scored, Duration size, Duration grace,
                              WindowSummarizer summarizer, String topic, List<WindowListener> listeners) {
        scored.flatMap((key, event) -> WindowKey.keysOf(event), Named.as("window-keys"))
                .groupByKey(Grouped.with("window-keys", Serdes.String(), AvroSerdes.scoredEvent()))
                .windowedBy(TimeWindows.ofSizeAndGrace(size, grace))
                .aggregate(WindowTally::new, (key, event, tally) -> tally.add(event), Named.as("window-tally"),
                        Materialized.<String, WindowTally, WindowStore<Bytes, byte[]>>as(TALLY_STORE)
                                .withKeySerde(Serdes.String()).withValueSerde(new WindowTallySerde()))
                .suppress(Suppressed.untilWindowCloses(Suppressed.BufferConfig.unbounded()).withName("window-close"))
                .toStream(Named.as("closed-windows"))
                .map((window, tally) -> KeyValue.pair(window.key(), summarizer.summarize(window.key(), window.window(), tally)),
                        Named.as("summarize"))
                .peek((key, summary) -> notify(listeners, summary), Named.as("window-listeners"))
                .to(topic, Produced.with(Serdes.String(), AvroSerdes.windowSummary()).withName("window-summaries-sink"));
    }

    private static void notify(List<WindowListener> listeners, WindowSummary summary) {
        for (WindowListener listener : listeners) {
            listener.onWindowClosed(summary);
        }
    }
}
