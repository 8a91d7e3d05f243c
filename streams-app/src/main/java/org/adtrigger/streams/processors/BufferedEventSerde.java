package org.adtrigger.streams.processors;

import java.nio.ByteBuffer;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Store format of a {@link BufferedEvent}: key length (−1 for a null key), key, timestamp, then the
 * event in single-object encoding, so a buffer restored from its changelog after a schema change fails
 * loudly on the fingerprint instead of misreading.
 */
final class BufferedEventSerde implements Serde<BufferedEvent> {
    private static final int NULL_KEY = -1;

    private final Serializer<Event> events = AvroSerdes.event().serializer();
    private final Deserializer<Event> eventReader = AvroSerdes.event().deserializer();

    @Override
    public Serializer<BufferedEvent> serializer() {
        return (topic, buffered) -> {
            byte[] key = buffered.key();
            byte[] event = events.serialize(topic, buffered.event());
            int keyLength = key == null ? 0 : key.length;
            ByteBuffer out = ByteBuffer.allocate(Integer.BYTES + keyLength + Long.BYTES + event.length);
            out.putInt(key == null ? NULL_KEY : key.length);
            if (key != null) {
                out.put(key);
            }
            return out.putLong(buffered.timestamp()).put(event).array();
        };
    }

    @Override
    public Deserializer<BufferedEvent> deserializer() {
        return (topic, bytes) -> {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            int keyLength = in.getInt();
            byte[] key = null;
            if (keyLength != NULL_KEY) {
                key = new byte[keyLength];
                in.get(key);
            }
            long timestamp = in.getLong();
            return new BufferedEvent(key, eventReader.deserialize(topic, null, in.slice()), timestamp);
        };
    }
}
