package org.adtrigger.streams.config;

import org.adtrigger.streams.errors.DeadLetterHandlers;
import org.adtrigger.streams.window.TumblingWindows;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.adtrigger.core.trigger.OperatingPoint;

import org.apache.kafka.streams.StreamsConfig;

/**
 * The validated settings of the streaming topology (keys, defaults and meanings: {@link ConfigKey}),
 * and the Kafka Streams properties they imply. Immutable.
 *
 * <p>The properties a caller passes may hold other components' keys too (model path, HTTP address, ...):
 * keys that are neither a {@link ConfigKey} nor {@value ConfigKey#KAFKA_PREFIX}{@code *} are ignored here.
 */
public final class TriggerConfig {
    private final Map<ConfigKey, String> values;
    private final Map<String, String> kafkaOverrides;

    private TriggerConfig(Map<ConfigKey, String> values, Map<String, String> kafkaOverrides) {
        this.values = values;
        this.kafkaOverrides = kafkaOverrides;
    }

    /** Every key at its default. */
    public static TriggerConfig defaults() {
        return from(new Properties());
    }

    /**
     * Settings from properties (a file's, with command-line flags laid over it); missing keys take their
     * defaults.
     *
     * @throws IllegalArgumentException naming the first key whose value is not valid
     */
    public static TriggerConfig from(Properties properties) {
        Map<ConfigKey, String> values = new EnumMap<>(ConfigKey.class);
        for (ConfigKey key : ConfigKey.values()) {
            String value = properties.getProperty(key.key(), key.defaultValue()).trim();
            key.validate(value);
            values.put(key, value);
        }
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(ConfigKey.KAFKA_PREFIX)) {
                overrides.put(name.substring(ConfigKey.KAFKA_PREFIX.length()), properties.getProperty(name));
            }
        }
        return new TriggerConfig(values, overrides);
    }

    /** A copy with one key changed, e.g. from a command-line flag. */
    public TriggerConfig with(ConfigKey key, String value) {
        key.validate(value.trim());
        Map<ConfigKey, String> copy = new EnumMap<>(values);
        copy.put(key, value.trim());
        return new TriggerConfig(copy, kafkaOverrides);
    }

    /** The raw value of a key, as validated. */
    public String get(ConfigKey key) {
        return values.get(key);
    }

    public String applicationId() {
        return get(ConfigKey.APPLICATION_ID);
    }

    public String eventsTopic() {
        return get(ConfigKey.TOPIC_EVENTS);
    }

    public String deadLetterTopic() {
        return get(ConfigKey.TOPIC_DEAD_LETTERS);
    }

    public String scoredTopic() {
        return get(ConfigKey.TOPIC_SCORED);
    }

    public String anomaliesTopic() {
        return get(ConfigKey.TOPIC_ANOMALIES);
    }

    public String windowsTopic() {
        return get(ConfigKey.TOPIC_WINDOWS);
    }

    public int batchSize() {
        return intValue(ConfigKey.BATCH_SIZE);
    }

    public Duration batchMaxDelay() {
        return millis(ConfigKey.BATCH_MAX_DELAY_MS);
    }

    public int anomalyMinTier() {
        return intValue(ConfigKey.ANOMALY_MIN_TIER);
    }

    /** The filter's operating point: {@code anomaly.operating.point}, or tier {@code anomaly.min.tier} when it is empty. */
    public OperatingPoint operatingPoint() {
        String spec = get(ConfigKey.ANOMALY_OPERATING_POINT);
        return spec.isBlank() ? new OperatingPoint.Tier(anomalyMinTier()) : OperatingPoint.parse(spec);
    }

    /** {@code anomaly.rate.hysteresis}. */
    public double rateHysteresis() {
        return Double.parseDouble(get(ConfigKey.ANOMALY_RATE_HYSTERESIS));
    }

    public Duration windowSize() {
        return millis(ConfigKey.WINDOW_SIZE_MS);
    }

    public Duration windowGrace() {
        return millis(ConfigKey.WINDOW_GRACE_MS);
    }

    /** The tumbling windows of the summaries: size and grace. */
    public TumblingWindows windows() {
        return new TumblingWindows(windowSize().toMillis(), windowGrace().toMillis());
    }

    /** Partitions of the input topic (and of the topics the app creates): one scoring task each. */
    public int topicPartitions() {
        return intValue(ConfigKey.TOPIC_PARTITIONS);
    }

    public Duration windowIdleClose() {
        return millis(ConfigKey.WINDOW_IDLE_CLOSE_MS);
    }

    public int maxObjects() {
        return intValue(ConfigKey.MAX_OBJECTS);
    }

    public int maxRecordBytes() {
        return intValue(ConfigKey.MAX_RECORD_BYTES);
    }

    public int maxSampleChars() {
        return intValue(ConfigKey.MAX_SAMPLE_CHARS);
    }

    public int maxOutputBytes() {
        return intValue(ConfigKey.MAX_OUTPUT_BYTES);
    }

    /** Distinct sample keys, and distinct run keys, per window before the overflow key takes the rest. */
    public int windowMaxKeys() {
        return intValue(ConfigKey.WINDOW_MAX_KEYS);
    }

    /** The input and output topics with the configured partition count, for whoever creates them. */
    public Map<String, Integer> topicsToCreate() {
        int partitions = intValue(ConfigKey.TOPIC_PARTITIONS);
        Map<String, Integer> topics = new LinkedHashMap<>();
        for (String topic : new String[] {eventsTopic(), deadLetterTopic(), scoredTopic(), anomaliesTopic(), windowsTopic()}) {
            topics.put(topic, partitions);
        }
        return topics;
    }

    /**
     * Properties for {@code new KafkaStreams(topology, properties)}. The consumer's poll wait is capped at
     * the batch delay: a stream thread blocked in an empty poll cannot run the punctuator that scores a
     * partial batch. Failures after intake go to the dead-letter topic through {@link DeadLetterHandlers}.
     * {@value ConfigKey#KAFKA_PREFIX}{@code *} overrides come last and win.
     */
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, get(ConfigKey.BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, get(ConfigKey.PROCESSING_GUARANTEE));
        p.put(StreamsConfig.STATE_DIR_CONFIG, get(ConfigKey.STATE_DIR));
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, get(ConfigKey.NUM_STREAM_THREADS));
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, get(ConfigKey.COMMIT_INTERVAL_MS));
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, get(ConfigKey.REPLICATION_FACTOR));
        p.put(StreamsConfig.POLL_MS_CONFIG, Long.toString(Math.min(100L, batchMaxDelay().toMillis())));
        // Every task of the topology reads one partition of one topic, so there is nothing to wait for across
        // partitions; with the default (0) Kafka Streams 4.3 formats log strings on every check of an empty
        // partition (PartitionGroup.readyToProcess): 9-16 % of the stream thread in a bench e2e profile.
        p.put(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, Long.toString(StreamsConfig.MAX_TASK_IDLE_MS_DISABLED));
        DeadLetterHandlers.configure(p, deadLetterTopic());
        p.putAll(kafkaOverrides);
        return p;
    }

    private int intValue(ConfigKey key) {
        return Integer.parseInt(get(key));
    }

    private Duration millis(ConfigKey key) {
        return Duration.ofMillis(Long.parseLong(get(key)));
    }

    @Override
    public String toString() {
        return "TriggerConfig" + values;
    }
}
