package org.adtrigger.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.apache.avro.SchemaNormalization;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SingleObjectDeserializerErrorsTest {

    private static final String EVENT_FP = hex(SchemaNormalization.parsingFingerprint64(Event.getClassSchema()));
    private static final String SCORED_FP =
            hex(SchemaNormalization.parsingFingerprint64(ScoredEvent.getClassSchema()));

    private final Deserializer<Event> events = AvroSerdes.event().deserializer();
    private final byte[] goodEvent = AvroSerdes.event().serializer().serialize("events", SampleRecords.ttbarEvent());

    @Test
    void anotherTypesPayloadIsRefusedNamingBothTypesAndFingerprints() {
        byte[] scored = AvroSerdes.scoredEvent().serializer().serialize("scored", SampleRecords.scoredEvent());

        refusal(scored)
                .hasMessageContaining("topic 'events'")
                .hasMessageContaining("payload fingerprint " + SCORED_FP + " is ScoredEvent, expected Event ("
                        + EVENT_FP + ")");
    }

    @Test
    void unknownFingerprintIsRefusedNamingBothFingerprints() {
        byte[] payload = goodEvent.clone();
        ByteBuffer.wrap(payload, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(0x0123_4567_89ab_cdefL);

        refusal(payload)
                .hasMessageContaining("payload fingerprint 0x0123456789abcdef matches no ADTrigger schema")
                .hasMessageContaining("expected Event (" + EVENT_FP + ")");
    }

    @Test
    void emptyPayloadIsTooShort() {
        refusal(new byte[0]).hasMessageContaining("payload of 0 bytes is shorter than the 10-byte");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 9})
    void payloadCutInsideTheHeaderIsTooShort(int length) {
        refusal(Arrays.copyOf(goodEvent, length))
                .hasMessageContaining("payload of " + length + " bytes is shorter than the 10-byte");
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 20, 40, -1})
    void payloadCutInsideTheBodyIsTruncated(int length) {
        int cut = length > 0 ? length : goodEvent.length + length;

        refusal(Arrays.copyOf(goodEvent, cut))
                .hasMessageContaining("Event body ends early (payload of " + cut + " bytes is truncated");
    }

    @Test
    void jsonIsNotSingleObjectEncoding() {
        byte[] json = "{\"run\": 284500, \"eventNumber\": 1}".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        refusal(json).hasMessageContaining("bad marker 0x7B 0x22, expected 0xC3 0x01");
    }

    @Test
    void secondMarkerByteIsChecked() {
        byte[] payload = goodEvent.clone();
        payload[1] = 0x02;

        refusal(payload).hasMessageContaining("bad marker 0xC3 0x02");
    }

    @Test
    void trailingBytesAfterTheBodyAreRefused() {
        byte[] payload = Arrays.copyOf(goodEvent, goodEvent.length + 3);

        refusal(payload).hasMessageContaining("3 unexpected bytes after the Event body (payload of "
                + payload.length + " bytes)");
    }

    @Test
    void absurdStringLengthIsRefusedWithoutAllocatingIt() {
        // run=1, eventNumber=2, then a sample string claiming 2^31 - 9 bytes, the largest Avro allows.
        byte[] body = {2, 4, (byte) 0xEE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F, 'a', 'b', 'c'};

        refusal(withEventHeader(body)).hasMessageContaining("Event body ends early")
                .hasMessageContaining("2147483639");
    }

    @Test
    void enumIndexOutOfRangeIsACorruptBody() {
        // run, eventNumber, sample "x", datasetId, isData, weight 1.0 (8 bytes), then label index 20.
        byte[] body = {2, 4, 2, 'x', 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F, 40};

        refusal(withEventHeader(body)).hasMessageContaining("corrupt Event body")
                .hasMessageContaining("Enumeration out of range");
    }

    @Test
    void negativeStringLengthIsACorruptBody() {
        byte[] body = {2, 4, 3, 'x'};

        refusal(withEventHeader(body)).hasMessageContaining("corrupt Event body");
    }

    @Test
    void topicIsLeftOutWhenNotGiven() {
        assertThatThrownBy(() -> events.deserialize(null, new byte[3]))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("payload of 3 bytes");
    }

    @Test
    void deserializerKeepsWorkingAfterRefusals() {
        byte[] truncated = Arrays.copyOf(goodEvent, goodEvent.length - 5);
        assertThatThrownBy(() -> events.deserialize("events", truncated)).isInstanceOf(SerializationException.class);

        assertThat(events.deserialize("events", goodEvent)).isEqualTo(SampleRecords.ttbarEvent());
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refusal(byte[] payload) {
        return assertThatThrownBy(() -> events.deserialize("events", payload))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("topic 'events'");
    }

    private byte[] withEventHeader(byte[] body) {
        byte[] payload = Arrays.copyOf(goodEvent, 10 + body.length);
        System.arraycopy(body, 0, payload, 10, body.length);
        return payload;
    }

    private static String hex(long fingerprint) {
        return String.format("0x%016x", fingerprint);
    }
}
