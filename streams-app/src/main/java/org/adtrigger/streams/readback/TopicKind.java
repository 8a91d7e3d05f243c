package org.adtrigger.streams.readback;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.adtrigger.streams.config.AppTopics;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.topic.Topic;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The output topics the app writes, each with its record type: what a reader needs to decode it (every key
 * is UTF-8 text: {@code run:event} for events, the window key for summaries). Named by the topic's default name ({@code anomalies}, ...), from {@link ConfigKey}.
 */
public enum TopicKind {
    ANOMALIES(ConfigKey.TOPIC_ANOMALIES, AppTopics::scoredEvents),
    SCORED_EVENTS(ConfigKey.TOPIC_SCORED, AppTopics::scoredEvents),
    WINDOW_SUMMARIES(ConfigKey.TOPIC_WINDOWS, AppTopics::windowSummaries),
    DEAD_LETTERS(ConfigKey.TOPIC_DEAD_LETTERS, AppTopics::deadLetters);

    private final ConfigKey topic;
    private final Function<String, Topic<?, ? extends SpecificRecord>> format;

    TopicKind(ConfigKey topic, Function<String, Topic<?, ? extends SpecificRecord>> format) {
        this.topic = topic;
        this.format = format;
    }

    /** The topic's default name, which also names the kind: {@code anomalies}, {@code events.dlq}, ... */
    public String defaultName() {
        return topic.defaultValue();
    }

    /** A new decoder of the topic's values (Avro single-object encoding of its record type). */
    public Deserializer<? extends SpecificRecord> valueDeserializer() {
        return format.apply(defaultName()).values().deserializer();
    }

    /**
     * The kind named {@code name} (a default topic name).
     *
     * @throws IllegalArgumentException listing the names
     */
    public static TopicKind byName(String name) {
        for (TopicKind kind : values()) {
            if (kind.defaultName().equals(name.toLowerCase(Locale.ROOT))) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown topic '" + name + "'; one of " + names());
    }

    /** The names, {@code anomalies|scored-events|window-summaries|events.dlq}. */
    public static String names() {
        return Arrays.stream(values()).map(TopicKind::defaultName).collect(Collectors.joining("|"));
    }
}
