package org.adtrigger.schema.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes one generated record type in Avro single-object encoding (wire format: see the
 * {@linkplain org.adtrigger.schema.serde package documentation}). A null record becomes a null payload
 * (a tombstone). A record Avro cannot encode, such as one with a required field left null, raises a
 * {@link org.apache.kafka.common.errors.SerializationException} naming the topic, the type and the field.
 *
 * <p>Fast path: the generated classes' own field-by-field coders ({@code customEncode}) through a buffered
 * encoder into a per-thread buffer. Avro's default writer reads every field back through
 * {@code get(int)} (boxing each number) and its message encoder writes each number into a synchronized
 * stream on its own; encoding a scored event that way was about a tenth of the scoring stream thread's time in
 * {@code bench e2e}. The generated coders name no field when one is missing, so a record that fails is
 * encoded again with the default writer, whose error does.
 *
 * <p>Thread-safe: each thread encodes into its own buffer and encoder, which this class copies once into the
 * returned array.
 */
public final class SingleObjectSerializer<T extends SpecificRecord> implements Serializer<T> {
    private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

    private final RecordSchema<T> recordSchema;
    private final byte[] header;
    private final DatumWriter<T> fast;
    private final DatumWriter<T> explaining;

    /**
     * @param type a generated record class of {@value SchemaPackageTrust#PACKAGE}
     * @throws IllegalArgumentException for any other class
     */
    public SingleObjectSerializer(Class<T> type) {
        this(RecordSchema.of(type));
    }

    SingleObjectSerializer(RecordSchema<T> recordSchema) {
        this.recordSchema = recordSchema;
        this.header = SingleObjectHeader.of(recordSchema.fingerprint());
        // A model of our own: switching custom coders on in the class's shared model would change it for every
        // other user of that model in the JVM.
        SpecificData withCoders = new SpecificData(recordSchema.type().getClassLoader());
        withCoders.setCustomCoders(true);
        this.fast = new SpecificDatumWriter<>(recordSchema.schema(), withCoders);
        this.explaining = new SpecificDatumWriter<>(recordSchema.schema(), recordSchema.model());
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        Buffer buffer = BUFFER.get();
        try {
            return buffer.encode(header, fast, data);
        } catch (IOException | RuntimeException e) {
            throw SerdeErrors.cannotEncode(topic, recordSchema, explained(data, e));
        }
    }

    /** The default writer's error for {@code data}, which names the field at fault, else {@code fastError}. */
    private Exception explained(T data, Exception fastError) {
        try {
            new Buffer().encode(header, explaining, data);
        } catch (IOException | RuntimeException e) {
            return e;
        }
        return fastError;
    }

    /** A reusable output buffer with Avro's buffered encoder over it; one per thread. */
    private static final class Buffer extends ByteArrayOutputStream {
        private BinaryEncoder encoder;

        <T> byte[] encode(byte[] header, DatumWriter<T> writer, T data) throws IOException {
            reset();
            write(header, 0, header.length);
            encoder = EncoderFactory.get().binaryEncoder(this, encoder);
            try {
                writer.write(data, encoder);
                encoder.flush();
            } catch (IOException | RuntimeException e) {
                // a half-written record must not stay in the encoder's buffer for the next one
                encoder = null;
                throw e;
            }
            return toByteArray();
        }
    }
}
