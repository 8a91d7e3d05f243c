package org.adtrigger.streams.topology;

import static org.adtrigger.streams.testing.TopologyHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.testing.PoisonScorer;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testing.TopologyHarness;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeadLetterTest {
    private static final int MAX_OBJECTS = 5;
    private static final int MAX_BYTES = 2000;

    @TempDir
    Path stateDir;

    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("corrupt bytes", (Supplier<byte[]>) () -> new byte[] {1, 2, 3, 4, 5}, "DESERIALIZATION"),
                Arguments.of("truncated event", (Supplier<byte[]>) () -> truncated(TestEvents.encode(TestEvents.data(1, 50f))),
                        "DESERIALIZATION"),
                Arguments.of("null value", (Supplier<byte[]>) () -> null, "DESERIALIZATION"),
                Arguments.of("wrong record type", (Supplier<byte[]>) DeadLetterTest::scoredEventBytes, "DESERIALIZATION"),
                Arguments.of("NaN E_T^miss", encoded(e -> e.setMetEt(Float.NaN)), "NON_FINITE"),
                Arguments.of("infinite object eta", encoded(e -> e.getObjects().get(0).setEta(Float.POSITIVE_INFINITY)),
                        "NON_FINITE"),
                Arguments.of("NaN weight", encoded(e -> e.setWeight(Double.NaN)), "NON_FINITE"),
                Arguments.of("negative pT", encoded(e -> e.getObjects().get(0).setPt(-3f)), "NEGATIVE_PT"),
                Arguments.of("too many objects", encoded(e -> {
                    for (int i = 0; i < MAX_OBJECTS; i++) {
                        e.getObjects().add(TestEvents.massless(ObjectType.PHOTON, 30f, 0f, 0f));
                    }
                }), "TOO_MANY_OBJECTS"),
                Arguments.of("oversize", encoded(e -> e.setSample("x".repeat(MAX_BYTES))), "OVERSIZE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInputGoesToTheDeadLetterTopicWithItsBytesAndOriginAndTheStreamGoesOn(String name, Supplier<byte[]> input,
                                                                               String reason) {
        try (TopologyHarness h = new TopologyHarness(
                config(ConfigKey.BATCH_SIZE, 1, ConfigKey.MAX_OBJECTS, MAX_OBJECTS, ConfigKey.MAX_RECORD_BYTES, MAX_BYTES),
                TestCards.card("none"), stateDir)) {
            h.send(TestEvents.data(1, 50f), 0);
            byte[] bad = input.get();
            h.events.pipeInput(TopologyHarness.key(99), bad, TopologyHarness.START.plusMillis(5));
            h.send(TestEvents.data(3, 50f), 10);

            TestRecord<byte[], DeadLetter> record = h.deadLetters.readRecord();
            DeadLetter letter = record.value();
            assertThat(record.key()).isEqualTo(TopologyHarness.key(99));
            assertThat(letter.getReason()).isEqualTo(reason);
            assertThat(letter.getStage()).isEqualTo("INTAKE");
            // An oversize record's letter leaves the bytes out: they might not fit the dead-letter topic.
            assertThat(letter.getValue() == null ? null : bytes(letter.getValue()))
                    .isEqualTo(reason.equals("OVERSIZE") ? null : bad);
            assertThat(bytes(letter.getKey())).isEqualTo(TopologyHarness.key(99));
            assertThat(letter.getTopic()).isEqualTo("events");
            assertThat(letter.getPartition()).isZero();
            assertThat(letter.getOffset()).isEqualTo(1L);
            assertThat(letter.getTimestampMs()).isEqualTo(TopologyHarness.START.toEpochMilli() + 5);
            assertThat(letter.getErrorClass()).isNotBlank();
            assertThat(letter.getErrorMessage()).startsWith("events partition 0 offset 1: ").hasSizeGreaterThan(30);
            assertThat(h.deadLetters.isEmpty()).isTrue();
            assertThat(h.scored.readValuesToList()).extracting(ScoredEvent::getEventNumber).containsExactly(1L, 3L);
            assertThat(h.meter("adtrigger.events.dead.lettered", "reason", reason)).isEqualTo(1);
            assertThat(h.meter("adtrigger.events.received")).isEqualTo(3);
        }
    }

    @Test
    void aSampleNameOf900000CharsUnderMaxRecordBytesIsDeadLetteredAtIntakeAndOthersAreScored() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 4), TestCards.card("none"), stateDir)) {
            Event huge = TestEvents.data(2, 50f);
            huge.setSample("s".repeat(900_000));
            h.send(TestEvents.data(1, 50f), 0);
            h.send(huge, 5);
            h.send(TestEvents.data(3, 50f), 10);

            DeadLetter letter = h.deadLetters.readValue();
            assertThat(letter.getReason()).isEqualTo("FIELD_TOO_LONG");
            assertThat(letter.getStage()).isEqualTo("INTAKE");
            assertThat(letter.getOffset()).isEqualTo(1L);
            assertThat(letter.getErrorMessage()).contains("sample name of 900000 chars exceeds max.sample.chars = 256")
                    .hasSizeLessThan(300);
            // 900 kB of bytes would not leave room for the rest of the letter under 1 MiB: left out
            assertThat(letter.getValue()).isNull();
            assertThat(h.deadLetters.isEmpty()).isTrue();
            assertThat(h.scored.readValuesToList()).extracting(ScoredEvent::getEventNumber).containsExactly(1L, 3L);
        }
    }

    @Test
    void anEventTheModelFailsOnIsDeadLetteredAtScoringThroughTheTopologyAndTheOthersAreScored() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 4), TestCards.card("none"), stateDir,
                PoisonScorer::new)) {
            for (int i = 0; i < 8; i++) {
                h.send(TestEvents.data(i, i == 5 ? PoisonScorer.POISON_MET : 50f + i), i);
            }
            DeadLetter letter = h.deadLetters.readValue();
            assertThat(letter.getReason()).isEqualTo("PROCESSING_FAILED");
            assertThat(letter.getStage()).isEqualTo("SCORING");
            assertThat(letter.getTopic()).isEqualTo("events");
            assertThat(letter.getOffset()).isEqualTo(5L);
            assertThat(bytes(letter.getKey())).isEqualTo(TopologyHarness.key(5));
            assertThat(letter.getErrorClass()).isEqualTo(IllegalStateException.class.getName());
            assertThat(letter.getErrorMessage()).startsWith("events partition 0 offset 5: model call failed");
            assertThat(h.deadLetters.isEmpty()).isTrue();
            assertThat(h.scored.readValuesToList()).extracting(ScoredEvent::getEventNumber)
                    .containsExactlyInAnyOrder(0L, 1L, 2L, 3L, 4L, 6L, 7L);
            assertThat(h.meter("adtrigger.events.dead.lettered", "reason", "PROCESSING_FAILED")).isEqualTo(1);
        }
    }

    private static Supplier<byte[]> encoded(Consumer<Event> damage) {
        return () -> {
            Event e = TestEvents.data(2, 50f);
            damage.accept(e);
            return TestEvents.encode(e);
        };
    }

    private static byte[] truncated(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length - 3);
    }

    private static byte[] scoredEventBytes() {
        ScoredEvent s = ScoredEvent.newBuilder().setRun(1).setEventNumber(2).setSample("data").setEventTimeMs(0)
                .setScore(1f).setTier(0).setModelId("m").setMetEt(0f).build();
        return AvroSerdes.scoredEvent().serializer().serialize("events", s);
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] out = new byte[buffer.remaining()];
        buffer.duplicate().get(out);
        return out;
    }
}
