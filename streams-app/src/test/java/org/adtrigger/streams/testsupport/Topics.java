package org.adtrigger.streams.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.adtrigger.streams.config.AppTopics;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;

/** Plain Kafka clients for tests: a byte producer for the input and read_committed readers of the outputs. */
public final class Topics {
    /** The app's topics under their default names, as the tests' apps run. */
    public static final AppTopics DEFAULT = new AppTopics(TriggerConfig.defaults());

    private Topics() {
    }

    /**
     * A producer of raw bytes that waits for all in-sync replicas, one request in flight per broker (the
     * caller closes it). With several in flight, a first batch that fails retriably on a partition just
     * created (leader not known yet) can be overtaken by the next, after which the broker rejects its
     * retries as out of sequence until the delivery timeout (KAFKA-14359; seen here).
     */
    public static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
        return producer(bootstrap, 1024 * 1024);
    }

    /** As {@link #producer(String)}, for records up to {@code maxRecordBytes}. */
    public static KafkaProducer<byte[], byte[]> producer(String bootstrap, int maxRecordBytes) {
        Properties p = new Properties();
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(maxRecordBytes));
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Lets {@code topic} take records up to {@code maxRecordBytes} (max.message.bytes). */
    public static void allowRecordsUpTo(String bootstrap, String topic, int maxRecordBytes) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic), List.of(
                    new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(maxRecordBytes)),
                            AlterConfigOp.OpType.SET)))).all().get(30, TimeUnit.SECONDS);
        }
    }

    /** As {@link #readCommitted(String, String, Deserializer, Deserializer, int, Duration, Duration)}, with the topic's serdes. */
    public static <K, V> List<ConsumerRecord<K, V>> readCommitted(String bootstrap, Topic<K, V> topic, int expected,
            Duration patience, Duration linger) {
        return readCommitted(bootstrap, topic.name(), topic.keys().deserializer(), topic.values().deserializer(),
                expected, patience, linger);
    }

    /** As {@link #readCommitted(String, Topic, int, Duration, Duration)}, until {@code done}. */
    public static <K, V> List<ConsumerRecord<K, V>> readCommitted(String bootstrap, Topic<K, V> topic,
            Predicate<List<ConsumerRecord<K, V>>> done, Duration patience, Duration linger) {
        return readCommitted(bootstrap, topic.name(), topic.keys().deserializer(), topic.values().deserializer(),
                done, patience, linger);
    }

    /**
     * The records of {@code topic} as a read_committed reader sees them from the beginning: until
     * {@code expected} have arrived or {@code patience} is up, then for {@code linger} more, so that
     * duplicates have time to show.
     */
    public static <K, V> List<ConsumerRecord<K, V>> readCommitted(String bootstrap, String topic, Deserializer<K> keys,
            Deserializer<V> values, int expected, Duration patience, Duration linger) {
        return readCommitted(bootstrap, topic, keys, values, records -> records.size() >= expected, patience, linger);
    }

    /** As {@link #readCommitted(String, String, Deserializer, Deserializer, int, Duration, Duration)}, until {@code done}. */
    public static <K, V> List<ConsumerRecord<K, V>> readCommitted(String bootstrap, String topic, Deserializer<K> keys,
            Deserializer<V> values, Predicate<List<ConsumerRecord<K, V>>> done, Duration patience, Duration linger) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<K, V>> records = new ArrayList<>();
        try (KafkaConsumer<K, V> consumer = new KafkaConsumer<>(p, keys, values)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + patience.toNanos();
            while (!done.test(records) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            long lingerEnd = System.nanoTime() + linger.toNanos();
            while (System.nanoTime() < lingerEnd) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
