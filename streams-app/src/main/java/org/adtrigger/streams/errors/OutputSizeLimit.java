package org.adtrigger.streams.errors;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Refuses, at serialization, an output or internal record larger than the producer would accept.
 *
 * <h2>Why here and not in the production handler alone</h2>
 * Under exactly-once a record the producer refuses as too large ({@code RecordTooLargeException} from
 * {@code send}) puts the transaction into an error state: the production handler may say "resume", but the
 * transaction is aborted and the task re-reads the same input, and fails again (measured with Kafka 4.3.1
 * in {@code StreamFailuresIT}). A serialization failure happens before the producer sees the record: Kafka
 * Streams asks the production handler's {@code handleSerializationError}, which dead-letters the input
 * (OUTPUT_TOO_LARGE) and drops the record, and the transaction commits.
 *
 * <p>Values may take {@code max.output.bytes}, keys {@value #MAX_KEY_BYTES} bytes: with the defaults a record
 * stays below the producer's default {@code max.request.size} of 1 MiB.
 */
public final class OutputSizeLimit {
    /** Largest serialized key of an output or internal record. */
    public static final int MAX_KEY_BYTES = 64 * 1024;

    private final int maxValueBytes;

    /** @param maxValueBytes {@code max.output.bytes}: largest serialized value */
    public OutputSizeLimit(int maxValueBytes) {
        this.maxValueBytes = maxValueBytes;
    }

    /** {@code serde} whose serializer refuses keys over {@value #MAX_KEY_BYTES} bytes. */
    public <T> Serde<T> keys(Serde<T> serde) {
        return bounded(serde, MAX_KEY_BYTES, "key");
    }

    /** {@code serde} whose serializer refuses values over {@code max.output.bytes}. */
    public <T> Serde<T> values(Serde<T> serde) {
        return bounded(serde, maxValueBytes, "value");
    }

    private static <T> Serde<T> bounded(Serde<T> serde, int maxBytes, String part) {
        Serializer<T> inner = serde.serializer();
        Serializer<T> checked = new Serializer<>() {
            @Override
            public byte[] serialize(String topic, T data) {
                return check(topic, inner.serialize(topic, data));
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T data) {
                return check(topic, inner.serialize(topic, headers, data));
            }

            private byte[] check(String topic, byte[] bytes) {
                if (bytes != null && bytes.length > maxBytes) {
                    throw new TooLarge(part + " of " + bytes.length + " bytes for topic " + topic + " exceeds the limit of "
                            + maxBytes + " bytes" + (part.equals("value") ? " (max.output.bytes)" : ""));
                }
                return bytes;
            }
        };
        return Serdes.serdeFrom(checked, serde.deserializer());
    }

    /** A record refused for its size; the production handler dead-letters its input as OUTPUT_TOO_LARGE. */
    public static final class TooLarge extends SerializationException {
        TooLarge(String message) {
            super(message);
        }
    }
}
