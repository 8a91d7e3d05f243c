package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.testing.GeneratedEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.ChunkFeeder;
import org.adtrigger.streams.testsupport.Topics;
import org.adtrigger.streams.testsupport.WindowExactness;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app in its own JVM under exactly_once_v2 is killed with SIGKILL {@value #KILLS} times while input keeps
 * arriving, each time after it has scored events in that life (so batches, transactions and commits are in
 * flight), and restarted with the same application id and state directory. A read_committed reader of
 * scored-events must then see every selected input exactly once: nothing lost from a buffered batch,
 * nothing duplicated from an aborted transaction. Every window's ALL summary, emitted once, must count
 * exactly the scored events of its window, tier by tier (10 s windows; the last close after 15 s idle).
 */
class KillMidStreamIT {
    private static final int KILLS = 3;
    private static final int EVENTS = 40_000;
    private static final int CHUNK = 500;
    /** 80 chunks, one every 500 ms: input arrives for 40 s, across all the kills. */
    private static final long CHUNK_PERIOD_MS = 500;
    /** Events a life must score before it is killed. */
    private static final double SCORED_BEFORE_KILL = 200;
    private static final long WINDOW_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void everySelectedInputIsScoredExactlyOnceAcrossRepeatedSigkills() throws Exception {
        List<Event> inputs = GeneratedEvents.generate(EVENTS, 3L);
        Set<Long> selected = GeneratedEvents.selectedNumbers(inputs, TestModelFiles.SELECTION);
        Path model = TestModelFiles.selective(dir);
        long start = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            try (ChunkFeeder feeder = new ChunkFeeder(bootstrap, inputs, CHUNK, CHUNK_PERIOD_MS)) {

                for (int life = 1; life <= KILLS; life++) {
                    try (AppProcess app = start(model, bootstrap, life)) {
                        app.awaitReady(Duration.ofSeconds(60));
                        app.awaitScored(SCORED_BEFORE_KILL, Duration.ofSeconds(60));
                        assertThat(feeder.sent()).as("input still arriving at kill " + life).isLessThan(EVENTS);
                        app.kill();
                        System.out.printf("KillMidStreamIT: SIGKILL %d after %.1f s, %d of %d events sent%n", life,
                                (System.nanoTime() - start) / 1e9, feeder.sent(), EVENTS);
                    }
                }
                try (AppProcess last = start(model, bootstrap, KILLS + 1)) {
                    last.awaitReady(Duration.ofSeconds(60));
                    List<ConsumerRecord<byte[], ScoredEvent>> scored = Topics.readCommitted(bootstrap,
                            Topics.DEFAULT.scored(), selected.size(), Duration.ofSeconds(90), Duration.ofSeconds(3));
                    List<Long> numbers = scored.stream().map(ConsumerRecord::value).map(ScoredEvent::getEventNumber).toList();
                    System.out.printf("KillMidStreamIT: all %d selected events read after %.1f s%n", selected.size(),
                            (System.nanoTime() - start) / 1e9);
                    assertThat(feeder.sent()).isEqualTo(EVENTS);
                    assertThat(numbers).as(last.log()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(selected);
                    int windows = WindowExactness.assertExact(bootstrap, scored, WINDOW_MS, false, Duration.ofSeconds(60));
                    System.out.printf("KillMidStreamIT: %d ALL windows exact%n", windows);
                }
            }
        }
    }

    /** Same application id and state directory in every life, so each restart resumes the last one's work. */
    private AppProcess start(Path model, String bootstrap, int life) {
        return AppProcess.start(model, bootstrap, dir.resolve("app-" + life + ".log"),
                "application.id=kill-it", "state.dir=" + dir.resolve("state"), "processing.guarantee=exactly_once_v2",
                "window.size.ms=" + WINDOW_MS, "window.idle.close.ms=15000",
                // A killed member leaves no goodbye: let the group drop it in seconds, not the default 45 s.
                "kafka.consumer.session.timeout.ms=6000", "kafka.consumer.heartbeat.interval.ms=1000");
    }
}
