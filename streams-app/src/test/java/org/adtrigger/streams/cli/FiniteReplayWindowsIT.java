package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.scoring.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.TestArchives;
import org.adtrigger.streams.testsupport.Topics;
import org.adtrigger.streams.testsupport.WindowExactness;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
        Path archive = TestArchives.generate(dir.resolve("finite.avro"), "zee,ttbar", EVENTS, 11);
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
        // 1000 events/s for 3 s: the events span one to two window boundaries
        CommandRun replay = CommandRun.of("replay", "--in", archive.toString(), "--bootstrap", broker.bootstrapServers(),
                "--rate", "1000", "--no-progress");
        long replayEnded = System.nanoTime();
        assertThat(replay.exitCode).as(replay.err.toString()).isZero();

        List<ConsumerRecord<byte[], ScoredEvent>> scored = Topics.readCommitted(broker.bootstrapServers(),
                "scored-events", new ByteArrayDeserializer(), AvroSerdes.scoredEvent().deserializer(), EVENTS,
                Duration.ofSeconds(60), Duration.ZERO);
        assertThat(scored).as(app.log()).hasSize(EVENTS);
        Set<Long> windows = scored.stream().map(r -> r.timestamp() - r.timestamp() % WINDOW_MS).collect(Collectors.toSet());
        Topics.readCommitted(broker.bootstrapServers(), "window-summaries", new StringDeserializer(),
                AvroSerdes.windowSummary().deserializer(), records -> records.stream().map(ConsumerRecord::value)
                        .filter(s -> s.getKeyType() == WindowKeyType.ALL).map(WindowSummary::getWindowStartMs)
                        .collect(Collectors.toSet()).containsAll(windows), Duration.ofSeconds(60), Duration.ZERO);
        double seconds = (System.nanoTime() - replayEnded) / 1e9;
        System.out.printf("FiniteReplayWindowsIT: %d windows, the last summarised %.1f s after the replay ended%n",
                windows.size(), seconds);

        assertThat(seconds).as("window + grace + idle = %d ms", WINDOW_MS + GRACE_MS + IDLE_MS)
                .isLessThanOrEqualTo((WINDOW_MS + GRACE_MS + IDLE_MS) / 1000.0);
        WindowExactness.assertExact(broker.bootstrapServers(), scored, WINDOW_MS, true, Duration.ofSeconds(10));
    }
}
