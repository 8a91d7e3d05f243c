package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.testing.GeneratedEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactness at volume: {@value #EVENTS} generator events, about three quarters of which the model's selection
 * rejects, spread over several event-time windows, through the whole app (child JVM, real broker, real ONNX
 * Runtime, exactly_once_v2). Read with read_committed, scored-events must hold exactly the selected events,
 * anomalies exactly the scored ones with tier ≥ anomaly.min.tier, and each closed ALL window summary must
 * count exactly the scored events of its window, per tier level. The last windows close when the input has
 * been silent for the idle time.
 */
class VolumeExactnessIT {
    private static final int EVENTS = 100_000;
    private static final long WINDOW_MS = 10_000;
    /**
     * Short, although the four input partitions are a backlog that the scoring tasks work through at different
     * paces (event times reach the merger out of order by up to the whole span): a window closes only when the
     * slowest partition has passed it. (Before windows waited for every partition, a 30 s grace dropped up to
     * three quarters of a window's events as late here, measured, and this test needed a 300 s grace.)
     */
    private static final long GRACE_MS = 1_000;
    /** Above any scoring task's pause while the backlog is fetched (5 s was not, measured): a silent task is not waited for. */
    private static final long IDLE_MS = 20_000;
    /** One event per millisecond of event time: 100 s, ten windows. */
    private static final long STEP_MS = 1;

    @TempDir
    Path dir;

    @Test
    void everySelectedEventIsScoredOnceAndCountedInItsWindow() throws Exception {
        List<Event> inputs = GeneratedEvents.generate(EVENTS, 42L);
        Set<Long> selected = GeneratedEvents.selectedNumbers(inputs, TestModelFiles.SELECTION);
        Map<Long, Long> timeOf = new HashMap<>();
        // Event times around now: topics delete records older than their retention (7 days) by timestamp.
        long t0 = System.currentTimeMillis();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            long start = System.nanoTime();
            try (AppProcess app = AppProcess.start(TestModelFiles.selective(dir), bootstrap, dir.resolve("app.log"),
                    "application.id=volume-it", "state.dir=" + dir.resolve("state"),
                    "window.size.ms=" + WINDOW_MS, "window.grace.ms=" + GRACE_MS,
                    "window.idle.close.ms=" + IDLE_MS);
                 KafkaProducer<byte[], byte[]> producer = Topics.producer(bootstrap)) {
                for (int i = 0; i < inputs.size(); i++) {
                    long time = t0 + i * STEP_MS;
                    timeOf.put(inputs.get(i).getEventNumber(), time);
                    producer.send(GeneratedEvents.record(inputs.get(i), time));
                }
                producer.flush();
                long produced = System.nanoTime();

                assertThat(readScored(bootstrap, selected.size(), Duration.ZERO)).as(app.log()).hasSize(selected.size());
                long scored = System.nanoTime();
                List<WindowSummary> windows = readAllWindows(bootstrap, selected.size());
                System.out.printf("VolumeExactnessIT: %d events, %d selected: produced in %.1f s, all scored after "
                                + "%.1f s, windows closed after %.1f s%n", EVENTS, selected.size(), (produced - start) / 1e9,
                        (scored - start) / 1e9, (System.nanoTime() - start) / 1e9);

                List<ScoredEvent> outputs = readScored(bootstrap, selected.size(), Duration.ofSeconds(1));
                assertThat(numbers(outputs)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(selected);
                List<ScoredEvent> anomalies = values(Topics.readCommitted(bootstrap, Topics.DEFAULT.anomalies(),
                        0, Duration.ZERO, Duration.ofSeconds(2)));
                List<Long> expectedAnomalies = numbers(outputs.stream().filter(e -> e.getTier() >= 1).toList());
                assertThat(expectedAnomalies).as("a tier cut inside the score range").isNotEmpty().hasSizeLessThan(outputs.size());
                assertThat(numbers(anomalies)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedAnomalies);

                assertThat(countsByWindow(windows)).isEqualTo(expectedCountsByWindow(outputs, timeOf));
                assertThat(windows.stream().mapToLong(w -> w.getCounts().get(0)).sum()).isEqualTo(selected.size());
            }
        }
    }

    private static List<ScoredEvent> readScored(String bootstrap, int expected, Duration linger) {
        return values(Topics.readCommitted(bootstrap, Topics.DEFAULT.scored(),
                expected, Duration.ofSeconds(120), linger));
    }

    /** The ALL summaries, once their counts add up to {@code expected} (or after 90 s), plus 1 s for extras. */
    private static List<WindowSummary> readAllWindows(String bootstrap, long expected) {
        Function<List<ConsumerRecord<String, WindowSummary>>, Long> total = records -> records.stream()
                .filter(r -> r.value().getKeyType() == WindowKeyType.ALL).mapToLong(r -> r.value().getCounts().get(0)).sum();
        return values(Topics.readCommitted(bootstrap, Topics.DEFAULT.windows(),
                records -> total.apply(records) >= expected,
                Duration.ofSeconds(90), Duration.ofSeconds(1))).stream()
                .filter(w -> w.getKeyType() == WindowKeyType.ALL).toList();
    }

    /** Window start → counts of events with tier ≥ 0, 1, 2, 3, as the app's summaries say. */
    private static Map<Long, List<Long>> countsByWindow(List<WindowSummary> windows) {
        Map<Long, List<Long>> counts = new TreeMap<>();
        for (WindowSummary w : windows) {
            assertThat(counts.put(w.getWindowStartMs(), w.getCounts())).as("one summary per window").isNull();
        }
        return counts;
    }

    /** The same, computed here from the scored events' tiers and the times they were sent with. */
    private static Map<Long, List<Long>> expectedCountsByWindow(List<ScoredEvent> scored, Map<Long, Long> timeOf) {
        Map<Long, long[]> counts = new TreeMap<>();
        for (ScoredEvent e : scored) {
            long time = timeOf.get(e.getEventNumber());
            long[] c = counts.computeIfAbsent(time - Math.floorMod(time, WINDOW_MS), w -> new long[4]);
            for (int level = 0; level <= e.getTier(); level++) {
                c[level]++;
            }
        }
        Map<Long, List<Long>> result = new TreeMap<>();
        counts.forEach((window, c) -> result.put(window, List.of(c[0], c[1], c[2], c[3])));
        return result;
    }

    private static <K, V> List<V> values(List<ConsumerRecord<K, V>> records) {
        return records.stream().map(ConsumerRecord::value).collect(Collectors.toList());
    }

    private static List<Long> numbers(List<ScoredEvent> events) {
        return events.stream().map(ScoredEvent::getEventNumber).toList();
    }
}
