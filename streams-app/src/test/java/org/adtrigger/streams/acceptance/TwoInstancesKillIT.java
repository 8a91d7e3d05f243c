package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.scoring.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.GeneratedEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.ChunkFeeder;
import org.adtrigger.streams.testsupport.Topics;
import org.adtrigger.streams.testsupport.WindowExactness;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two application instances (child JVMs, one application id, own state directories) share 8 partitions
 * under exactly_once_v2; one is SIGKILLed mid-stream and the other takes over its partitions. A
 * read_committed reader must see every selected event once in scored-events, and exactly one summary per
 * (window, key) — ALL, every sample, every run — whose per-tier counts equal the test's own count: the
 * partial tallies of both instances, and of the killed one's aborted transaction, add up to the truth.
 */
class TwoInstancesKillIT {
    private static final int PARTITIONS = 8;
    private static final int EVENTS = 24_000;
    private static final int CHUNK = 400;
    /** 60 chunks, one every 500 ms: input arrives for 30 s, across the kill and the take-over. */
    private static final long CHUNK_PERIOD_MS = 500;
    private static final long WINDOW_MS = 10_000;

    @TempDir
    Path dir;

    @Test
    void theSurvivorTakesOverAndEveryEventAndWindowCountsOnce() throws Exception {
        List<Event> inputs = GeneratedEvents.generate(EVENTS, 5L);
        Set<Long> selected = GeneratedEvents.selectedNumbers(inputs, TestModelFiles.SELECTION);
        Path model = TestModelFiles.selective(dir);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            Properties topics = new Properties();
            topics.setProperty(ConfigKey.TOPIC_PARTITIONS.key(), Integer.toString(PARTITIONS));
            broker.createTopics(TriggerConfig.from(topics).topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            try (AppProcess survivor = start(model, bootstrap, "a");
                 AppProcess victim = start(model, bootstrap, "b")) {
                survivor.awaitReady(Duration.ofSeconds(60));
                victim.awaitReady(Duration.ofSeconds(60));
                try (ChunkFeeder feeder = new ChunkFeeder(bootstrap, inputs, CHUNK, CHUNK_PERIOD_MS)) {
                    takeOver(bootstrap, selected, survivor, victim, feeder);
                }
            }
        }
    }

    private static void takeOver(String bootstrap, Set<Long> selected, AppProcess survivor, AppProcess victim,
                                 ChunkFeeder feeder) throws Exception {
        victim.awaitScored(500, Duration.ofSeconds(60));
        survivor.awaitScored(500, Duration.ofSeconds(60));
        assertThat(feeder.sent()).as("input still arriving at the kill").isLessThan(EVENTS);
        victim.kill();
        System.out.printf("TwoInstancesKillIT: SIGKILL of one instance with %d of %d events sent%n", feeder.sent(), EVENTS);

        List<ConsumerRecord<byte[], ScoredEvent>> scored = Topics.readCommitted(bootstrap, "scored-events",
                new ByteArrayDeserializer(), AvroSerdes.scoredEvent().deserializer(), selected.size(),
                Duration.ofSeconds(120), Duration.ofSeconds(3));
        List<Long> numbers = scored.stream().map(ConsumerRecord::value).map(ScoredEvent::getEventNumber).toList();
        assertThat(feeder.sent()).isEqualTo(EVENTS);
        assertThat(numbers).as(survivor.log()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(selected);
        int windows = WindowExactness.assertExact(bootstrap, scored, WINDOW_MS, true, Duration.ofSeconds(60));
        System.out.printf("TwoInstancesKillIT: %d selected events once, %d (window, key) summaries exact%n",
                numbers.size(), windows);
        assertThat(survivor.isAlive()).isTrue();
    }

    private AppProcess start(Path model, String bootstrap, String name) {
        return AppProcess.start(model, bootstrap, dir.resolve("app-" + name + ".log"),
                "application.id=two-instances-it", "state.dir=" + dir.resolve("state-" + name),
                "processing.guarantee=exactly_once_v2", "topic.partitions=" + PARTITIONS,
                "window.size.ms=" + WINDOW_MS, "window.idle.close.ms=15000",
                // A killed member leaves no goodbye: let the group drop it in seconds, not the default 45 s.
                "kafka.consumer.session.timeout.ms=6000", "kafka.consumer.heartbeat.interval.ms=1000");
    }
}
