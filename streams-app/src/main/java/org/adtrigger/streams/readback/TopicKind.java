package org.adtrigger.streams.readback;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.config.ConfigKey;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * The output topics the app writes, each with its record type: what a reader needs to decode it (every key
 * is UTF-8 text: {@code run:event} for events, the window key for summaries). Named by the topic's default name ({@code anomalies}, ...), from {@link ConfigKey}.
 */
public enum TopicKind {
    ANOMALIES(ConfigKey.TOPIC_ANOMALIES, ScoredEvent.class),
    SCORED_EVENTS(ConfigKey.TOPIC_SCORED, ScoredEvent.class),
    WINDOW_SUMMARIES(ConfigKey.TOPIC_WINDOWS, WindowSummary.class),
    DEAD_LETTERS(ConfigKey.TOPIC_DEAD_LETTERS, DeadLetter.class);

    private final ConfigKey topic;
    private final Class<? extends SpecificRecord> type;

    TopicKind(ConfigKey topic, Class<? extends SpecificRecord> type) {
        this.topic = topic;
        this.type = type;
    }

    /** The topic's default name, which also names the kind: {@code anomalies}, {@code events.dlq}, ... */
    public String defaultName() {
        return topic.defaultValue();
    }

    /** A new decoder of the topic's values (Avro single-object encoding of its record type). */
    public Deserializer<? extends SpecificRecord> valueDeserializer() {
        return AvroSerdes.forType(type).deserializer();
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
