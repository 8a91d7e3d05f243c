package org.adtrigger.schema.serde;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads one generated record type from Avro single-object encoding (wire format: see the
 * {@linkplain org.adtrigger.schema.serde package documentation}).
 *
 * <p>Payloads written with this type's current schema or with any of its released versions
 * ({@link ReleasedSchemas}) are accepted, the older ones resolved to the current schema by Avro's schema
 * resolution (fields added since take their defaults). Every other input, including
 * bytes left over after the record, raises a {@link SerializationException} that names the topic and
 * the problem. A null payload is a tombstone and yields null.
 *
 * <p>Thread-safe: Kafka Streams shares one instance between its stream threads. Each thread reuses its
 * own {@link BinaryDecoder}, and Avro's datum reader keeps its resolver per thread.
 *
 * <p>The body is decoded from the array itself rather than through Avro's
 * {@link org.apache.avro.message.BinaryMessageDecoder}: that one reads from a stream and allocates
 * whatever length a corrupt string or bytes field claims (an {@link OutOfMemoryError} for a 2 GB claim),
 * while an array-backed decoder checks every length against the bytes that remain.
 */
public final class SingleObjectDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();

    private final RecordSchema<T> recordSchema;
    private final Map<Long, DatumReader<T>> readers;

    /**
     * @param type a generated record class of {@value SchemaPackageTrust#PACKAGE}
     * @throws IllegalArgumentException for any other class
     */
    public SingleObjectDeserializer(Class<T> type) {
        this(RecordSchema.of(type));
    }

    SingleObjectDeserializer(RecordSchema<T> recordSchema) {
        this(recordSchema, ReleasedSchemas.of(recordSchema.name()).stream()
                .map(ReleasedSchemas.Release::schema).toList());
    }

    /** Reads payloads written with the current schema or any of {@code earlierWriters}. */
    SingleObjectDeserializer(RecordSchema<T> recordSchema, List<Schema> earlierWriters) {
        this.recordSchema = recordSchema;
        Map<Long, DatumReader<T>> byFingerprint = new HashMap<>();
        for (Schema writer : earlierWriters) {
            byFingerprint.put(SchemaNormalization.parsingFingerprint64(writer), readerFor(recordSchema, writer));
        }
        byFingerprint.put(recordSchema.fingerprint(), readerFor(recordSchema, recordSchema.schema()));
        this.readers = Map.copyOf(byFingerprint);
    }

    @SuppressWarnings("unchecked")
    private static <T extends SpecificRecord> DatumReader<T> readerFor(RecordSchema<T> recordSchema, Schema writer) {
        return (DatumReader<T>) recordSchema.model().createDatumReader(writer, recordSchema.schema());
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return data == null ? null : decode(topic, data, 0, data.length);
    }

    /** Decodes in place from a heap buffer's array; the buffer's position is left unchanged. */
    @Override
    public T deserialize(String topic, Headers headers, ByteBuffer data) {
        if (data == null) {
            return null;
        }
        if (data.hasArray()) {
            return decode(topic, data.array(), data.arrayOffset() + data.position(), data.remaining());
        }
        byte[] copy = new byte[data.remaining()];
        data.duplicate().get(copy);
        return decode(topic, copy, 0, copy.length);
    }

    private T decode(String topic, byte[] data, int offset, int length) {
        long fingerprint = SingleObjectHeader.fingerprint(topic, data, offset, length);
        DatumReader<T> reader = readers.get(fingerprint);
        if (reader == null) {
            throw SerdeErrors.wrongFingerprint(topic, fingerprint, recordSchema);
        }
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(data, offset + SingleObjectHeader.LENGTH,
                length - SingleObjectHeader.LENGTH, DECODER.get());
        DECODER.set(decoder);
        T record;
        try {
            record = reader.read(null, decoder);
        } catch (EOFException e) {
            throw SerdeErrors.truncatedBody(topic, recordSchema, length, e);
        } catch (IOException | RuntimeException e) {
            throw SerdeErrors.corruptBody(topic, recordSchema, length, e);
        }
        int trailing = decoder.remainingBytes();
        if (trailing > 0) {
            throw SerdeErrors.trailingBytes(topic, recordSchema, trailing, length);
        }
        return record;
    }
}
