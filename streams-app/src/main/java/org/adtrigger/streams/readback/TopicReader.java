package org.adtrigger.streams.readback;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads one of the app's output topics back, decoding each record with the topic's serde. It reads every
 * partition (assigned, no consumer group, nothing committed), {@code read_committed}: under exactly-once
 * it sees only what the app committed, as a downstream consumer does. A record that does not decode is
 * returned with its error, so one bad record does not hide the rest.
 *
 * <p>{@link #caughtUp()} tells when everything committed before the reader opened has been read, so a
 * reader that does not follow the topic knows when to stop. Not thread-safe.
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Deserializer<? extends SpecificRecord> values;
    private final Map<TopicPartition, Long> endAtOpen;

    /**
     * @param fromBeginning read from the start of each partition; otherwise only records written from now
     * @throws IllegalArgumentException when the topic does not exist
     */
    public TopicReader(String bootstrapServers, String topic, TopicKind kind, boolean fromBeginning) {
        this(bootstrapServers, topic, kind, fromBeginning ? Start.BEGINNING : Start.END, 0);
    }

    /**
     * A reader from the first record of each partition whose timestamp is at or after {@code fromTimestampMs}
     * (a window summary's timestamp is its window's end), or from the end where none is.
     *
     * @throws IllegalArgumentException when the topic does not exist
     */
    public static TopicReader fromTime(String bootstrapServers, String topic, TopicKind kind, long fromTimestampMs) {
        return new TopicReader(bootstrapServers, topic, kind, Start.TIME, fromTimestampMs);
    }

    private enum Start { BEGINNING, END, TIME }

    private TopicReader(String bootstrapServers, String topic, TopicKind kind, Start start, long fromTimestampMs) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "adtrigger-tail");
        this.consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            List<PartitionInfo> partitions = consumer.partitionsFor(topic, METADATA_TIMEOUT);
            if (partitions == null || partitions.isEmpty()) {
                throw new IllegalArgumentException("topic '" + topic + "' does not exist on " + bootstrapServers);
            }
            List<TopicPartition> assigned = partitions.stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(assigned);
            switch (start) {
                case BEGINNING -> consumer.seekToBeginning(assigned);
                case END -> consumer.seekToEnd(assigned);
                case TIME -> seekToTime(assigned, fromTimestampMs);
            }
            // under read_committed these are the last stable offsets: what was committed when we opened
            this.endAtOpen = new HashMap<>(consumer.endOffsets(assigned, METADATA_TIMEOUT));
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
        this.values = kind.valueDeserializer();
    }

    private void seekToTime(List<TopicPartition> partitions, long timestampMs) {
        Map<TopicPartition, Long> query = new HashMap<>();
        partitions.forEach(tp -> query.put(tp, timestampMs));
        Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query, METADATA_TIMEOUT);
        List<TopicPartition> none = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            OffsetAndTimestamp at = found.get(tp);
            if (at == null) {
                none.add(tp);
            } else {
                consumer.seek(tp, at.offset());
            }
        }
        if (!none.isEmpty()) {
            // an empty collection would mean every assigned partition
            consumer.seekToEnd(none);
        }
    }

    /** The records that arrive within {@code timeout} (possibly none), decoded, in partition order. */
    public List<TopicRecord> poll(Duration timeout) {
        List<TopicRecord> out = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(timeout)) {
            String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
            SpecificRecord value = null;
            String error = null;
            try {
                value = r.value() == null ? null : values.deserialize(r.topic(), r.value());
                if (value == null) {
                    error = "no value (a tombstone)";
                }
            } catch (SerializationException e) {
                error = e.getMessage();
            }
            out.add(new TopicRecord(r.topic(), r.partition(), r.offset(), r.timestamp(), key, value, error));
        }
        return out;
    }

    /** Whether every partition's position has reached the end it had when the reader opened. */
    public boolean caughtUp() {
        for (Map.Entry<TopicPartition, Long> end : endAtOpen.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Makes a blocked {@link #poll} return early; the one method callable from another thread. */
    public void wakeup() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
