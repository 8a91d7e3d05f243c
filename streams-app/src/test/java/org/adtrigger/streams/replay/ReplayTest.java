package org.adtrigger.streams.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.adtrigger.ingest.avro.ArchiveFormatException;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.testsupport.TestArchives;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay loop against a MockProducer and a fake clock: what is sent, when, and how it is keyed and stamped. */
class ReplayTest {
    private static final int BACKGROUND = 600;
    private static final Deserializer<Event> DECODE = AvroSerdes.event().deserializer();

    @TempDir
    static Path dir;
    static Path background;
    static Path signal;

    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final FakeClock clock = new FakeClock(0);

    @BeforeAll
    static void archives() throws IOException {
        background = TestArchives.write(dir.resolve("bg.avro"), "zee,ttbar", BACKGROUND, 3);
        signal = TestArchives.write(dir.resolve("sig.avro"), "zprime", 50, 4);
    }

    private ReplayBuilder replay() {
        return Replay.builder().archives(List.of(background)).bootstrapServers("unused:9092").topic("t")
                .clock(clock).producerFactory(p -> producer);
    }

    private List<Event> sentEvents() {
        return producer.history().stream().map(r -> DECODE.deserialize("t", r.value())).toList();
    }

    @Test
    void sendsEveryEventOnceInArchiveOrderKeyedByRunAndEventNumber() throws Exception {
        ReplaySummary summary = replay().rate(0).build().run(() -> false);

        assertThat(summary.events()).isEqualTo(BACKGROUND);
        assertThat(summary.injected()).isZero();
        assertThat(summary.stopped()).isFalse();
        List<Event> sent = sentEvents();
        assertThat(sent).hasSize(BACKGROUND);
        for (int i = 0; i < sent.size(); i++) {
            ProducerRecord<byte[], byte[]> r = producer.history().get(i);
            Event e = sent.get(i);
            assertThat(new String(r.key(), StandardCharsets.UTF_8)).isEqualTo(e.getRun() + ":" + e.getEventNumber());
            assertThat(r.topic()).isEqualTo("t");
        }
        assertThat(sent.stream().map(e -> e.getRun() + ":" + e.getEventNumber()).distinct()).hasSize(BACKGROUND);
        assertThat(summary.samples()).containsOnlyKeys("zee", "ttbar");
        assertThat(summary.samples().values().stream().mapToLong(ReplaySummary.SampleCount::sent).sum()).isEqualTo(BACKGROUND);
        assertThat(summary.payloadBytes()).isEqualTo(producer.history().stream()
                .mapToLong(r -> r.key().length + r.value().length).sum());
    }

    @Test
    void originalTimeIsTheOriginPlusIndexOverRate() throws Exception {
        Instant origin = Instant.parse("2024-05-01T12:00:00Z");
        replay().rate(400).timestamps(RecordTimestamps.synthetic(origin, 400)).build().run(() -> false);

        List<ProducerRecord<byte[], byte[]>> sent = producer.history();
        for (int i = 0; i < sent.size(); i++) {
            assertThat(sent.get(i).timestamp()).isEqualTo(origin.toEpochMilli() + (long) Math.floor(i * 2.5));
        }
    }

    @Test
    void nowTimeIsTheWallClockAtSend() throws Exception {
        AtomicLong wall = new AtomicLong(1_000);
        RecordTimestamps now = RecordTimestamps.wallClock(() -> wall.getAndAdd(7));
        replay().maxEvents(3).timestamps(now).build().run(() -> false);

        assertThat(producer.history()).extracting(ProducerRecord::timestamp).containsExactly(1_000L, 1_007L, 1_014L);
    }

    @Test
    void pacesToTheRate() throws Exception {
        ReplaySummary summary = replay().rate(200).build().run(() -> false);
        // the last of 600 events is due 599 / 200 s after the first, and the replay ends when it is sent
        assertThat(summary.seconds()).isCloseTo(2.995, offset(1e-6));
    }

    @Test
    void loopsUntilMaxEvents() throws Exception {
        ReplaySummary summary = replay().rate(0).loop(true).maxEvents(2 * BACKGROUND + 5).build().run(() -> false);

        assertThat(summary.events()).isEqualTo(2 * BACKGROUND + 5);
        assertThat(summary.passes()).isEqualTo(2);
        List<Event> sent = sentEvents();
        assertThat(sent.get(BACKGROUND)).isEqualTo(sent.get(0));
    }

    @Test
    void stopsAtTheDuration() throws Exception {
        ReplaySummary summary = replay().rate(100).loop(true).duration(Duration.ofSeconds(3)).build().run(() -> false);
        assertThat(summary.events()).isEqualTo(300);
    }

    @Test
    void aStopRequestEndsTheReplayAndFlushes() throws Exception {
        MockProducer<byte[], byte[]> pending = new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
        ReplaySummary summary = replay().rate(0).producerFactory(p -> pending).build()
                .run(() -> pending.history().size() >= 10);
        assertThat(summary.events()).isEqualTo(10);
        assertThat(summary.stopped()).isTrue();
        assertThat(pending.flushed()).as("nothing left unacknowledged").isTrue();
    }

    @Test
    void injectsSignalInTheWindowAndCountsItPerSample() throws Exception {
        ReplaySummary summary = replay().rate(0).seed(9)
                .inject(new Injection(signal, 0.5, ReplayPoint.afterEvents(200), ReplayPoint.afterEvents(400)))
                .build().run(() -> false);

        List<Event> sent = sentEvents();
        assertThat(sent).hasSize(BACKGROUND);
        for (int i = 0; i < sent.size(); i++) {
            if (sent.get(i).getSample().equals("zprime2000")) {
                assertThat(i).isBetween(200, 399);
            }
        }
        long signals = sent.stream().filter(e -> e.getSample().equals("zprime2000")).count();
        assertThat(signals).isEqualTo(summary.injected()).isBetween(70L, 130L); // 200 draws at p = 0.5
        assertThat(summary.samples().get("zprime2000")).isEqualTo(new ReplaySummary.SampleCount(signals, signals));
    }

    @Test
    void asDataSendsEveryEventUnlabeledWithWeightOneAndItsSampleName() throws Exception {
        replay().rate(0).asData(true)
                .inject(new Injection(signal, 0.5, ReplayPoint.afterEvents(100), ReplayPoint.afterEvents(200)))
                .build().run(() -> false);

        List<Event> sent = sentEvents();
        assertThat(sent).hasSize(BACKGROUND).allSatisfy(e -> {
            assertThat(e.getIsData()).isTrue();
            assertThat(e.getLabel()).isEqualTo(TruthLabel.UNKNOWN);
            assertThat(e.getWeight()).isEqualTo(1.0);
        });
        assertThat(sent).extracting(Event::getSample).contains("zee", "ttbar", "zprime2000");
    }

    @Test
    void aMissingArchiveIsNamed() {
        Path missing = dir.resolve("missing.avro");
        assertThatThrownBy(() -> replay().archives(List.of(missing)).build().run(() -> false))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("cannot read archive " + missing + ": no such file");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void aFileThatIsNoArchiveIsNamed() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.avro"), "not an archive");
        assertThatThrownBy(() -> Replay.builder().archives(List.of(text)).bootstrapServers("x:1").build().run(() -> false))
                .isInstanceOf(ArchiveFormatException.class)
                .hasMessageContaining(text.toString());
    }

    @Test
    void aFailedSendStopsTheReplay() throws Exception {
        MockProducer<byte[], byte[]> failing = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
                if (history().size() == 4) {
                    RuntimeException gone = new RuntimeException("broker gone");
                    callback.onCompletion(null, gone);
                    return CompletableFuture.failedFuture(gone);
                }
                return super.send(record, callback);
            }
        };
        ReplaySummary summary = replay().rate(0).producerFactory(p -> failing).build().run(() -> false);
        assertThat(summary.failure()).isEqualTo("sending to topic t failed: broker gone");
        assertThat(summary.events()).as("acknowledged before the failure").isEqualTo(4);
        assertThat(summary.describe()).contains("replay failed: sending to topic t failed: broker gone");
        assertThat(failing.history()).hasSize(4);
    }

    @Test
    void aSendBlockedPastTheDurationIsCutShortAndSummarised() throws Exception {
        // A broker that went away: send blocks (as KafkaProducer does for max.block.ms) from the 5th record on.
        MockProducer<byte[], byte[]> stuck = new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer()) {
            @Override
            public Future<RecordMetadata> send(ProducerRecord<byte[], byte[]> record, Callback callback) {
                if (history().size() == 4) {
                    try {
                        Thread.sleep(60_000);
                    } catch (InterruptedException e) {
                        throw new org.apache.kafka.common.errors.InterruptException(e);
                    }
                }
                return super.send(record, callback);
            }
        };
        long start = System.nanoTime();
        ReplaySummary summary = Replay.builder().archives(List.of(background)).topic("t").bootstrapServers("unused:9092")
                .rate(0).loop(true).duration(Duration.ofSeconds(1)).producerFactory(p -> stuck).build().run(() -> false);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(summary.events()).isEqualTo(4);
        assertThat(summary.failure()).isEqualTo("sending to topic t was still blocked at the time limit: no broker took the events");
    }
}
