package org.adtrigger.streams.window;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.core.model.ExpectedSpectra;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.errors.OutputSizeLimit;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The windowed significance branch of the topology. Each scoring task tallies its events per window and
 * key itself ({@link TaskWindowTallies}) and, at every commit, sends one partial {@link WindowUpdate} per window and
 * key it touched, then its progress; the partials are repartitioned by key ({@code window-partials}), the
 * progress marks go to every partition, and {@link WindowMerger} merges the partials and emits each window's
 * summary once, when every source has passed its end plus grace.
 *
 * <p>This replaced a repartition of three whole scored events per event (keys ALL, sample, run) into a
 * windowed aggregate with suppress: the Kafka records per event fell from about six to the outputs' own,
 * while the summaries stay exact (partials add up) and final (emitted once, at close).
 */
public final class WindowStage {
    /** Counter of the events tallied under an overflow key, tagged {@code type} SAMPLE or RUN. */
    public static final String OVERFLOW_EVENTS = "adtrigger.window.overflow.events";
    /** Merged tallies of the open windows; {@code window-partials} names the repartition topic. */
    public static final String TALLY_STORE = "window-tallies";
    /** The merger's stream time and close time, so a restart neither reopens nor re-emits a window. */
    public static final String CLOCK_STORE = "window-clock";
    /**
     * Partitions of {@code window-partials}, and so merger tasks. The merge is light (a few records per commit
     * per scoring task), while every partition a transaction writes costs a commit marker: each of the
     * topic's partitions (progress marks go to all) and of the merger's two changelogs. One merger task
     * writes three markers per commit where one per input partition wrote three per partition.
     */
    static final int MERGER_PARTITIONS = 1;

    private WindowStage() {
    }

    /**
     * @param updates  the scoring tasks' partial tallies (keyed {@code TYPE:name}) and progress marks
     * @param sourcePartitions the input topic's partitions: the scoring tasks whose progress windows wait for
     * @param idle     wall-clock silence after which a source stops holding windows back (see {@link WindowMerger})
     * @param limit    the size limit of the {@code window-partials} records
     * @param summaries where the summaries go, its serdes already limited
     * @param spectra  the model cards' expected mass spectra by model id, folded into the ALL summaries
     */
    public static void attach(KStream<String, WindowUpdate> updates, TumblingWindows windows, int sourcePartitions,
                              Duration idle, int maxKeys, OutputSizeLimit limit, Topic<String, WindowSummary> summaries,
                              List<WindowListener> listeners, Map<String, ExpectedSpectra> spectra,
                              MeterRegistry registry) {
        Map<String, SpectrumExpectation> cards = new HashMap<>();
        spectra.forEach((model, s) -> SpectrumExpectation.of(s).ifPresent(e -> cards.put(model, e)));
        Counter late = Counter.builder("adtrigger.window.late.events")
                .description("Scored events not counted in any window summary: their window had closed when they arrived")
                .register(registry);
        Map<WindowKeyType, Counter> overflow = new EnumMap<>(WindowKeyType.class);
        for (WindowKeyType type : List.of(WindowKeyType.SAMPLE, WindowKeyType.RUN)) {
            overflow.put(type, Counter.builder(OVERFLOW_EVENTS).tag("type", type.name())
                    .description("Scored events tallied under a window's overflow key: their sample (run) came after "
                            + "window.max.keys others in that window").register(registry));
        }
        Topic<String, WindowUpdate> partials = new Topic<>("window-partials", Serdes.String(), VersionedSerde.update())
                .limitedBy(limit);
        updates.repartition(partials.repartitioned()
                        .withNumberOfPartitions(MERGER_PARTITIONS).withStreamPartitioner(WindowStage::partitionsOf))
                .process(new MergerSupplier(windows, sourcePartitions, idle, listeners, late, maxKeys, overflow,
                        Map.copyOf(cards)), Named.as("window-merge"))
                .to(summaries.name(), summaries.produced("window-summaries-sink"));
    }

    /** Partials go to their key's partition (default partitioning); progress marks go to every partition. */
    private static Optional<Set<Integer>> partitionsOf(String topic, String key, WindowUpdate update, int partitions) {
        if (!update.isProgress()) {
            return Optional.empty();
        }
        return Optional.of(IntStream.range(0, partitions).boxed().collect(Collectors.toSet()));
    }

    private record MergerSupplier(TumblingWindows windows, int sourcePartitions, Duration idle,
                                  List<WindowListener> listeners, Counter late, int maxKeys, Map<WindowKeyType, Counter> overflow,
                                  Map<String, SpectrumExpectation> spectra)
            implements ProcessorSupplier<String, WindowUpdate, String, WindowSummary> {
        @Override
        public Processor<String, WindowUpdate, String, WindowSummary> get() {
            return new WindowMerger(windows, sourcePartitions, idle, listeners, late, maxKeys, overflow, spectra);
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
