package org.adtrigger.schema.serde;

import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.apache.avro.specific.SpecificRecord;

/**
 * Serdes for the project's Kafka topics, one method per record type. Each call builds a new, thread-safe
 * {@link SingleObjectSerde}; building one also makes Avro trust the generated package (see
 * {@link SchemaPackageTrust}).
 */
public final class AvroSerdes {

    private AvroSerdes() {
    }

    /** Input events. */
    public static SingleObjectSerde<Event> event() {
        return forType(Event.class);
    }

    /** Every event after scoring, and the anomalies topic. */
    public static SingleObjectSerde<ScoredEvent> scoredEvent() {
        return forType(ScoredEvent.class);
    }

    /** Per-window aggregates. */
    public static SingleObjectSerde<WindowSummary> windowSummary() {
        return forType(WindowSummary.class);
    }

    /** Records the stream could not process. */
    public static SingleObjectSerde<DeadLetter> deadLetter() {
        return forType(DeadLetter.class);
    }

    /**
     * A serde for any generated record class of {@value SchemaPackageTrust#PACKAGE}.
     *
     * @throws IllegalArgumentException for a class outside that package
     */
    public static <T extends SpecificRecord> SingleObjectSerde<T> forType(Class<T> type) {
        return new SingleObjectSerde<>(type);
    }
}
