package org.adtrigger.streams.topology;

import static org.adtrigger.streams.testing.TopologyHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testing.TopologyHarness;
import org.adtrigger.streams.window.WindowStage;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 50,000 events, each of its own sample and run, in one window: the window's summaries name at most
 * {@code window.max.keys} samples and runs plus one overflow key each, the overflow keys tally the rest
 * exactly, and the merger's open-window state holds at most 2 × cap + 3 tallies while they stream in.
 */
class WindowKeyBoundTest {
    private static final int EVENTS = 50_000;
    private static final int CAP = 100;
    /** Bound on the heap the topology may keep for the open window after all events: far below unbounded keys. */
    private static final long HEAP_BOUND_BYTES = 64L * 1024 * 1024;

    @TempDir
    Path stateDir;

    @Test
    void distinctSampleNamesBeyondTheCapAreTalliedUnderTheOverflowKeyAndStateStaysBounded() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.WINDOW_SIZE_MS, 3_600_000, ConfigKey.WINDOW_GRACE_MS, 0,
                ConfigKey.WINDOW_MAX_KEYS, CAP), TestCards.card("none"), stateDir)) {
            long heapBefore = usedHeapAfterGc();
            int largestStore = 0;
            long scored = 0;
            KeyValueStore<String, Object> tallies = h.driver.getKeyValueStore(WindowStage.TALLY_STORE);
            for (int i = 0; i < EVENTS; i++) {
                Event event = TestEvents.data(i, 50f);
                event.setSample("sample-" + i);
                event.setRun(1_000_000L + i);
                h.send(event, i);
                if (i % 5_000 == 4_999) {
                    // the test driver keeps every record produced (outputs, changelogs) until read: read them,
                    // as consumers and the broker's retention would, so the heap measures the topology alone
                    scored += h.scored.readValuesToList().size();
                    drainOthers(h);
                    largestStore = Math.max(largestStore, (int) tallies.approximateNumEntries());
                }
            }
            long heapGrowth = usedHeapAfterGc() - heapBefore;
            System.out.printf("WindowKeyBoundTest: %d distinct samples and runs, cap %d: largest tally store %d entries, "
                    + "heap growth after GC %.1f MB (bound %d MB)%n", EVENTS, CAP, largestStore, heapGrowth / 1e6,
                    HEAP_BOUND_BYTES >> 20);
            assertThat(scored).isEqualTo(EVENTS);
            assertThat(largestStore).isLessThanOrEqualTo(2 * CAP + 3);
            assertThat(heapGrowth).isLessThan(HEAP_BOUND_BYTES);

            h.send(TestEvents.data(EVENTS, 50f), 3_600_000);   // closes the window
            List<WindowSummary> summaries = h.windows.readValuesToList();
            Map<WindowKeyType, List<WindowSummary>> byType = summaries.stream()
                    .collect(Collectors.groupingBy(WindowSummary::getKeyType));
            for (WindowKeyType type : List.of(WindowKeyType.SAMPLE, WindowKeyType.RUN)) {
                List<WindowSummary> ofType = byType.get(type);
                assertThat(ofType).hasSize(CAP + 1);
                assertThat(ofType).filteredOn(s -> s.getKey().equals("(other)")).singleElement()
                        .satisfies(other -> assertThat(other.getCounts().get(0)).isEqualTo(EVENTS - CAP));
                assertThat(ofType.stream().mapToLong(s -> s.getCounts().get(0)).sum()).isEqualTo(EVENTS);
            }
            assertThat(h.meter("adtrigger.window.overflow.events", "type", "SAMPLE")).isEqualTo(EVENTS - CAP);
            assertThat(h.meter("adtrigger.window.overflow.events", "type", "RUN")).isEqualTo(EVENTS - CAP);
        }
    }

    private static void drainOthers(TopologyHarness h) {
        for (String topic : h.driver.producedTopicNames()) {
            if (!topic.equals("scored-events")) {
                h.driver.createOutputTopic(topic, new ByteArrayDeserializer(), new ByteArrayDeserializer()).readRecordsToList();
            }
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
