package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.testsupport.TestArchives;
import org.adtrigger.streams.testsupport.Topics;
import org.adtrigger.streams.testsupport.WindowExactness;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A finite archive replayed through a running app gets every window summarised, the last included, within
 * window + grace + idle time after the replay ends: once no scoring task has reported for the idle time,
 * event time follows the wall clock and the remaining windows close.
 */
class FiniteReplayWindowsIT {
    private static final long WINDOW_MS = 4_000;
    private static final long GRACE_MS = 1_000;
    private static final long IDLE_MS = 3_000;
    private static final int EVENTS = 3_000;

    @TempDir
    Path dir;

    @Test
    void theLastWindowClosesWithinWindowPlusGracePlusIdleAfterTheReplayEnds() throws Exception {
        Path archive = TestArchives.write(dir.resolve("finite.avro"), "zee,ttbar", EVENTS, 11);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            AppProcess app = AppProcess.start(TestModelFiles.servable(dir), broker.bootstrapServers(),
                    dir.resolve("app.log"), "application.id=finite-replay-it", "state.dir=" + dir.resolve("state"),
                    "window.size.ms=" + WINDOW_MS, "window.grace.ms=" + GRACE_MS, "window.idle.close.ms=" + IDLE_MS);
            try (app) {
                run(app, broker, archive);
            }
        }
    }

    private void run(AppProcess app, EmbeddedKafkaBroker broker, Path archive) throws Exception {
        app.awaitReady(Duration.ofSeconds(60));
        try (SummaryArrivals arrivals = new SummaryArrivals(broker.bootstrapServers())) {
            // 500 events/s for 6 s: longer than a window, so at least two windows; slow enough that the app keeps
            // up, so the replay's end is when its last event is scored
            CommandRun replay = CommandRun.of("replay", "--in", archive.toString(), "--bootstrap",
                    broker.bootstrapServers(), "--rate", "500", "--no-progress");
            long replayEnded = System.nanoTime();
            assertThat(replay.exitCode).as(replay.err.toString()).isZero();

            List<ConsumerRecord<byte[], ScoredEvent>> scored = Topics.readCommitted(broker.bootstrapServers(),
                    Topics.DEFAULT.scored(), EVENTS, Duration.ofSeconds(60), Duration.ZERO);
            assertThat(scored).as(app.log()).hasSize(EVENTS);
            Set<Long> windows = scored.stream().map(r -> r.timestamp() - r.timestamp() % WINDOW_MS).collect(Collectors.toSet());
            assertThat(windows).as("the replay spans more than one window").hasSizeGreaterThan(1);
            long lastArrival = arrivals.awaitAll(windows, Duration.ofSeconds(60));
            double seconds = (lastArrival - replayEnded) / 1e9;
            System.out.printf("FiniteReplayWindowsIT: %d windows, the last summarised %.1f s after the replay ended%n",
                    windows.size(), seconds);

            assertThat(seconds).as("window + grace + idle = %d ms", WINDOW_MS + GRACE_MS + IDLE_MS)
                    .isLessThanOrEqualTo((WINDOW_MS + GRACE_MS + IDLE_MS) / 1000.0);
            WindowExactness.assertExact(broker.bootstrapServers(), scored, WINDOW_MS, true, Duration.ofSeconds(10));
        }
    }

    /**
     * Reads window-summaries (read_committed, every partition assigned, no consumer group to join) from before
     * the replay on, and notes when each ALL summary arrived.
     */
    private static final class SummaryArrivals implements AutoCloseable {
        private final Map<Long, Long> arrivedNanos = new ConcurrentHashMap<>();
        private final KafkaConsumer<String, WindowSummary> consumer;
        private final Thread reader;
        private volatile boolean open = true;

        SummaryArrivals(String bootstrap) {
            Topic<String, WindowSummary> summaries = Topics.DEFAULT.windows();
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                    summaries.keys().deserializer(), summaries.values().deserializer());
            List<TopicPartition> partitions = consumer.partitionsFor(summaries.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            reader = new Thread(() -> {
                while (open) {
                    for (ConsumerRecord<String, WindowSummary> r : consumer.poll(Duration.ofMillis(20))) {
                        if (r.value().getKeyType() == WindowKeyType.ALL) {
                            arrivedNanos.putIfAbsent(r.value().getWindowStartMs(), System.nanoTime());
                        }
                    }
                }
                consumer.close();
            }, "summary-arrivals");
            reader.start();
        }

        /** @return when the last of {@code windows} arrived (System.nanoTime) */
        long awaitAll(Set<Long> windows, Duration patience) throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (!arrivedNanos.keySet().containsAll(windows)) {
                assertThat(System.nanoTime()).as("summaries of windows %s within %s", windows, patience).isLessThan(deadline);
                Thread.sleep(20);
            }
            return windows.stream().mapToLong(arrivedNanos::get).max().orElseThrow();
        }

        @Override
        public void close() {
            open = false;
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
