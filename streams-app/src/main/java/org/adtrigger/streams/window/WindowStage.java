package org.adtrigger.streams.window;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.schema.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The windowed significance branch of the topology. Each scoring task tallies its events per window and
 * key itself ({@link TaskWindowTallies}) and, at every commit, sends one {@link WindowPartial} per window and
 * key it touched; the partials are repartitioned by key ({@code window-partials}) and merged by
 * {@link WindowMerger}, which emits each window's summary once, when it closes.
 *
 * <p>This replaced a repartition of three whole scored events per event (keys ALL, sample, run) into a
 * windowed aggregate with suppress: the Kafka records per event fell from about six to the outputs' own,
 * while the summaries stay exact (partials add up) and final (emitted once, at close).
 */
public final class WindowStage {
    /** Merged tallies of the open windows; {@code window-partials} names the repartition topic. */
    public static final String TALLY_STORE = "window-tallies";
    /** The merger's stream time and close time, so a restart neither reopens nor re-emits a window. */
    public static final String CLOCK_STORE = "window-clock";

    private WindowStage() {
    }

    /**
     * @param partials the scoring tasks' partial tallies, keyed {@code TYPE:name}, timestamped with their latest event
     * @param idle     wall-clock time without partials after which the windows close as if time went on
     */
    public static void attach(KStream<String, WindowPartial> partials, TumblingWindows windows, Duration idle,
                              WindowSummarizer summarizer, String topic, List<WindowListener> listeners,
                              MeterRegistry registry) {
        Counter late = Counter.builder("adtrigger.window.late.events")
                .description("Scored events not counted in any window summary: their window had closed when they arrived")
                .register(registry);
        partials.repartition(Repartitioned.with(Serdes.String(), VersionedSerde.partial()).withName("window-partials"))
                .process(new MergerSupplier(windows, idle, summarizer, listeners, late), Named.as("window-merge"))
                .to(topic, Produced.with(Serdes.String(), AvroSerdes.windowSummary()).withName("window-summaries-sink"));
    }

    private record MergerSupplier(TumblingWindows windows, Duration idle, WindowSummarizer summarizer,
                                  List<WindowListener> listeners, Counter late)
            implements ProcessorSupplier<String, WindowPartial, String, WindowSummary> {
        @Override
        public Processor<String, WindowPartial, String, WindowSummary> get() {
            return new WindowMerger(windows, idle, summarizer, listeners, late);
        }

        /** In memory with changelogs, cached: a tally is rewritten by many partials between two commits. */
        @Override
        public Set<StoreBuilder<?>> stores() {
            return Set.of(
                    Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(TALLY_STORE), Serdes.String(),
                            VersionedSerde.tally()).withCachingEnabled(),
                    Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(CLOCK_STORE), Serdes.String(),
                            Serdes.Long()).withCachingEnabled());
        }
    }
}
