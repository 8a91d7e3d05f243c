package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.stream.Stream;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SingleObjectSerdeTest {

    static Stream<Arguments> everyTopicRecord() {
        return Stream.of(
                Arguments.of(AvroSerdes.event(), SampleRecords.ttbarEvent()),
                Arguments.of(AvroSerdes.event(), SampleRecords.dataEventWithoutObjects()),
                Arguments.of(AvroSerdes.scoredEvent(), SampleRecords.scoredEvent()),
                Arguments.of(AvroSerdes.windowSummary(), SampleRecords.windowSummary()),
                Arguments.of(AvroSerdes.deadLetter(), SampleRecords.deadLetter()),
                Arguments.of(AvroSerdes.forType(PhysObject.class), SampleRecords.ttbarEvent().getObjects().get(1)));
    }

    @ParameterizedTest
    @MethodSource("everyTopicRecord")
    <T extends SpecificRecord> void roundTripGivesAnEqualRecord(Serde<T> serde, T record) {
        byte[] bytes = serde.serializer().serialize("t", record);

        T back = serde.deserializer().deserialize("t", bytes);

        assertThat(back).isEqualTo(record).isNotSameAs(record);
    }

    @ParameterizedTest
    @MethodSource("everyTopicRecord")
    <T extends SpecificRecord> void bytesEqualAvrosOwnMessageEncoders(Serde<T> serde, T record) throws Exception {
        @SuppressWarnings("unchecked")
        Class<T> type = (Class<T>) record.getClass();
        BinaryMessageEncoder<T> avro = new BinaryMessageEncoder<>(SpecificData.getForClass(type), record.getSchema());
        ByteBuffer expected = avro.encode(record);

        assertThat(ByteBuffer.wrap(serde.serializer().serialize("t", record))).isEqualTo(expected);
    }

    @Test
    void aRecordThatFailsLeavesNothingBehindForTheNextOnTheSameThread() {
        Serde<Event> serde = AvroSerdes.event();
        Event broken = SampleRecords.ttbarEvent();
        broken.getObjects().get(1).setType(null);
        byte[] before = serde.serializer().serialize("events", SampleRecords.dataEventWithoutObjects());

        assertThatThrownBy(() -> serde.serializer().serialize("events", broken)).isInstanceOf(SerializationException.class)
                .hasMessageContaining("type");
        assertThat(serde.serializer().serialize("events", SampleRecords.dataEventWithoutObjects())).isEqualTo(before);
    }

    @ParameterizedTest
    @MethodSource("everyTopicRecord")
    <T extends SpecificRecord> void headerIsMarkerThenLittleEndianParsingFingerprint(Serde<T> serde, T record) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(record.getSchema());
        byte[] expected = new byte[10];
        expected[0] = (byte) 0xC3;
        expected[1] = 0x01;
        for (int i = 0; i < 8; i++) {
            expected[2 + i] = (byte) (fingerprint >>> (8 * i));
        }

        byte[] bytes = serde.serializer().serialize("t", record);

        assertThat(Arrays.copyOf(bytes, 10)).containsExactly(expected);
    }

    @Test
    void nullIsATombstoneBothWays() {
        Serde<Event> serde = AvroSerdes.event();

        assertThat(serde.serializer().serialize("events", null)).isNull();
        assertThat(serde.deserializer().deserialize("events", null)).isNull();
        assertThat(serde.deserializer().deserialize("events", new RecordHeaders(), (ByteBuffer) null)).isNull();
    }

    @Test
    void decodesFromASliceOfALargerBufferWithoutMovingIt() {
        byte[] payload = AvroSerdes.event().serializer().serialize("events", SampleRecords.ttbarEvent());
        byte[] framed = new byte[payload.length + 7];
        System.arraycopy(payload, 0, framed, 3, payload.length);
        ByteBuffer slice = ByteBuffer.wrap(framed, 3, payload.length).slice();

        Event back = AvroSerdes.event().deserializer().deserialize("events", new RecordHeaders(), slice);

        assertThat(back).isEqualTo(SampleRecords.ttbarEvent());
        assertThat(slice.position()).isZero();
    }

    @Test
    void decodesFromADirectBuffer() {
        byte[] payload = AvroSerdes.event().serializer().serialize("events", SampleRecords.ttbarEvent());
        ByteBuffer direct = ByteBuffer.allocateDirect(payload.length).put(payload).flip();

        Event back = AvroSerdes.event().deserializer().deserialize("events", new RecordHeaders(), direct);

        assertThat(back).isEqualTo(SampleRecords.ttbarEvent());
    }

    @Test
    void recordWithARequiredFieldLeftNullIsRefusedNamingTheField() {
        Event broken = SampleRecords.ttbarEvent();
        broken.setSample(null);

        assertThatThrownBy(() -> AvroSerdes.event().serializer().serialize("events", broken))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic 'events'")
                .hasMessageContaining("cannot encode Event")
                .hasMessageContaining("sample");
    }

    @Test
    void serdeIsOnlyMadeForTheGeneratedPackage() {
        Class<SpecificRecordBase> foreign = SpecificRecordBase.class;

        assertThatThrownBy(() -> AvroSerdes.forType(foreign))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("org.apache.avro.specific.SpecificRecordBase")
                .hasMessageContaining("org.adtrigger.schema");
    }

}
