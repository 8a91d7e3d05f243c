package org.adtrigger.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.testsupport.TestArchives;
import org.adtrigger.streams.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paced, looping replay with a signal window into a real broker, read back and decoded. */
class ReplayIT {
    private static final int BACKGROUND = 2000;
    private static final int EVENTS = 3000;
    private static final double RATE = 1000; // 1 ms per event: the synthetic timestamp is the event's index
    private static final Instant ORIGIN = Instant.parse("2024-05-01T12:00:00Z");
    private static final String SIGNAL_SAMPLE = "zprime2000";

    @TempDir
    Path dir;

    @Test
    void replaysPacedWithTheSignalInItsWindow() throws Exception {
        Path background = TestArchives.write(dir.resolve("bg.avro"), "sm", BACKGROUND, 1);
        Path signal = TestArchives.write(dir.resolve("sig.avro"), "zprime", 200, 2);
        List<Event> archive = readAll(background);

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(Map.of("events", 4));
            ReplaySummary summary = Replay.builder().archives(List.of(background)).topic("events")
                    .bootstrapServers(broker.bootstrapServers()).rate(RATE).loop(true).maxEvents(EVENTS).seed(5)
                    .timestamps(RecordTimestamps.synthetic(ORIGIN, RATE))
                    .inject(new Injection(signal, 0.3, ReplayPoint.afterEvents(1000), ReplayPoint.afterEvents(2000)))
                    .build().run(() -> false);

            assertThat(summary.events()).isEqualTo(EVENTS);
            // loose on purpose: 2 shared cores; rates are measured in the benchmarks
            assertThat(summary.eventsPerSecond()).isBetween(RATE / 2, RATE * 2);

            List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(broker.bootstrapServers(), "events", EVENTS);
            assertThat(records).hasSize(EVENTS);
            Deserializer<Event> decode = AvroSerdes.event().deserializer();
            records.sort(Comparator.comparingLong(ConsumerRecord::timestamp));
            long injected = 0;
            for (int i = 0; i < EVENTS; i++) {
                ConsumerRecord<byte[], byte[]> r = records.get(i);
                Event event = decode.deserialize("events", r.value());
                assertThat(r.timestamp()).as("synthetic time of event %d", i).isEqualTo(ORIGIN.toEpochMilli() + i);
                assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(event.getRun() + ":" + event.getEventNumber());
                if (event.getSample().equals(SIGNAL_SAMPLE)) {
                    assertThat(i).as("injected event index").isBetween(1000, 1999);
                    injected++;
                } else {
                    // every slot consumes one background event, injected or not, so the loop stays aligned
                    assertThat(event).isEqualTo(archive.get(i % BACKGROUND));
                }
            }
            assertThat(injected).isEqualTo(summary.injected()).isBetween(240L, 360L);
            assertThat(summary.samples().get(SIGNAL_SAMPLE).injected()).isEqualTo(injected);
            assertPartitionOrderFollowsEventTime(records);
        }
    }

    private static void assertPartitionOrderFollowsEventTime(List<ConsumerRecord<byte[], byte[]>> records) {
        Map<Integer, Long> lastOffset = new HashMap<>();
        records.forEach(r -> {
            Long before = lastOffset.put(r.partition(), r.offset());
            assertThat(before == null || before < r.offset()).as("offsets follow send order in partition %d", r.partition()).isTrue();
        });
    }

    private static List<Event> readAll(Path file) throws Exception {
        List<Event> events = new ArrayList<>();
        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            reader.forEachRemaining(events::add);
        }
        return events;
    }
}
