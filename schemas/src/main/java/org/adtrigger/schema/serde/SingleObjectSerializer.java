package org.adtrigger.schema.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes one generated record type in Avro single-object encoding (wire format: see the
 * {@linkplain org.adtrigger.schema.serde package documentation}). A null record becomes a null payload
 * (a tombstone). A record Avro cannot encode, such as one with a required field left null, raises a
 * {@link org.apache.kafka.common.errors.SerializationException} naming the topic, the type and the field.
 *
 * <p>Thread-safe: Avro's {@link BinaryMessageEncoder} encodes into a per-thread buffer, which this class
 * copies once into the returned array.
 */
public final class SingleObjectSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final RecordSchema<T> recordSchema;
    private final BinaryMessageEncoder<T> encoder;

    /**
     * @param type a generated record class of {@value SchemaPackageTrust#PACKAGE}
     * @throws IllegalArgumentException for any other class
     */
    public SingleObjectSerializer(Class<T> type) {
        this(RecordSchema.of(type));
    }

    SingleObjectSerializer(RecordSchema<T> recordSchema) {
        this.recordSchema = recordSchema;
        // No copy inside Avro: the thread-local buffer it returns is copied right here, exactly once.
        this.encoder = new BinaryMessageEncoder<>(recordSchema.model(), recordSchema.schema(), false);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        ByteBuffer encoded;
        try {
            encoded = encoder.encode(data);
        } catch (IOException | RuntimeException e) {
            throw SerdeErrors.cannotEncode(topic, recordSchema, e);
        }
        int start = encoded.arrayOffset() + encoded.position();
        return Arrays.copyOfRange(encoded.array(), start, start + encoded.remaining());
    }
}
