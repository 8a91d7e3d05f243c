package org.adtrigger.streams.serde;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A serde whose serializer encodes a value once when two sinks write the same object one after the other:
 * every scored event goes to {@code scored-events}, and the accepted ones, the same object, straight after
 * to {@code anomalies}; Avro encoding was a tenth of the stream thread's time in {@code bench e2e}.
 *
 * <p>The serializer remembers the last object it encoded (by identity) with its bytes, as one immutable
 * pair, so stream threads sharing the serde see a consistent pair and at worst encode again. This relies on
 * the values not being changed between the two sinks, which holds for records the topology builds and then
 * only reads. The topic is not part of the remembered pair: the encoding of these records does not depend on
 * it.
 */
public final class EncodeOnceSerde {
    private EncodeOnceSerde() {
    }

    /** {@code serde} with a serializer that reuses the bytes of the object it saw last. */
    public static <T> Serde<T> of(Serde<T> serde) {
        Serializer<T> inner = serde.serializer();
        Serializer<T> once = new Serializer<>() {
            private volatile Encoded last;

            @Override
            public byte[] serialize(String topic, T data) {
                Encoded seen = last;
                if (seen != null && seen.value == data) {
                    return seen.bytes;
                }
                byte[] bytes = inner.serialize(topic, data);
                last = new Encoded(data, bytes);
                return bytes;
            }

            @Override
            public byte[] serialize(String topic, Headers headers, T data) {
                return serialize(topic, data);
            }
        };
        return Serdes.serdeFrom(once, serde.deserializer());
    }

    private record Encoded(Object value, byte[] bytes) {
    }
}
