package org.adtrigger.streams.topic;

import java.util.Objects;

import org.adtrigger.streams.errors.OutputSizeLimit;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * A topic with the serdes of its keys and values, so that every place that reads or writes it takes the name
 * and the record format from one value instead of pairing them by hand.
 *
 * @param name   the topic's name; for a repartition topic the name Kafka Streams prefixes with the
 *               application id and suffixes with {@code -repartition}
 * @param keys   serde of the record keys
 * @param values serde of the record values
 */
public record Topic<K, V>(String name, Serde<K> keys, Serde<V> values) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keys, "keys");
        Objects.requireNonNull(values, "values");
    }

    /** How a stream reads this topic, its source node named {@code nodeName}. */
    public Consumed<K, V> consumed(String nodeName) {
        return Consumed.with(keys, values).withName(nodeName);
    }

    /** How a stream writes this topic, its sink node named {@code nodeName}. */
    public Produced<K, V> produced(String nodeName) {
        return Produced.with(keys, values).withName(nodeName);
    }

    /** How a stream is repartitioned through this topic (the name names the repartition). */
    public Repartitioned<K, V> repartitioned() {
        return Repartitioned.<K, V>with(keys, values).withName(name);
    }

    /** This topic with serializers that refuse keys and values over {@code limit}'s sizes. */
    public Topic<K, V> limitedBy(OutputSizeLimit limit) {
        return new Topic<>(name, limit.keys(keys), limit.values(values));
    }

    /** This topic with its values read and written by {@code serde} (a wrapper of {@link #values()}). */
    public Topic<K, V> withValues(Serde<V> serde) {
        return new Topic<>(name, keys, serde);
    }

    /** This topic with its values left as bytes, for a reader that decodes them itself. */
    public Topic<K, byte[]> rawValues() {
        return new Topic<>(name, keys, Serdes.ByteArray());
    }
}
