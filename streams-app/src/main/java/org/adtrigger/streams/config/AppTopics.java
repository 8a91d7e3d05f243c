package org.adtrigger.streams.config;

import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The app's topics, named by {@link TriggerConfig}, each with its record format: keys are the input's bytes
 * (passed through) on every per-event topic and {@code TYPE:name} text on window summaries; values are Avro
 * single-object encoded. The static factories give the same format under another name (a test's topic,
 * the pass-through bench's output).
 */
public final class AppTopics {
    private final TriggerConfig config;

    public AppTopics(TriggerConfig config) {
        this.config = config;
    }

    /** {@code topic.events}: the input events. */
    public Topic<byte[], Event> events() {
        return events(config.eventsTopic());
    }

    /** {@code topic.scored}: every selected event, scored. */
    public Topic<byte[], ScoredEvent> scored() {
        return scoredEvents(config.scoredTopic());
    }

    /** {@code topic.anomalies}: the scored events the operating point accepts. */
    public Topic<byte[], ScoredEvent> anomalies() {
        return scoredEvents(config.anomaliesTopic());
    }

    /** {@code topic.windows}: one summary per window and key. */
    public Topic<String, WindowSummary> windows() {
        return windowSummaries(config.windowsTopic());
    }

    /** {@code topic.dlq}: the inputs that could not be processed, with why. */
    public Topic<byte[], DeadLetter> deadLetters() {
        return deadLetters(config.deadLetterTopic());
    }

    /** A topic of input events named {@code name}. */
    public static Topic<byte[], Event> events(String name) {
        return new Topic<>(name, Serdes.ByteArray(), AvroSerdes.event());
    }

    /** A topic of scored events named {@code name}. */
    public static Topic<byte[], ScoredEvent> scoredEvents(String name) {
        return new Topic<>(name, Serdes.ByteArray(), AvroSerdes.scoredEvent());
    }

    /** A topic of window summaries named {@code name}. */
    public static Topic<String, WindowSummary> windowSummaries(String name) {
        return new Topic<>(name, Serdes.String(), AvroSerdes.windowSummary());
    }

    /** A topic of dead letters named {@code name}. */
    public static Topic<byte[], DeadLetter> deadLetters(String name) {
        return new Topic<>(name, Serdes.ByteArray(), AvroSerdes.deadLetter());
    }
}
