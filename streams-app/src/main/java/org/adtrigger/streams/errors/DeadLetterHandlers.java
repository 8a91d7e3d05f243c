package org.adtrigger.streams.errors;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.processors.DeadLetterReason;
import org.adtrigger.streams.processors.DeadLetterStage;
import org.adtrigger.streams.processors.DeadLetters;
import org.adtrigger.streams.processors.TriggerMetrics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/**
 * Installs the Kafka Streams exception handlers that turn a failure after intake into a {@link DeadLetter}
 * on the dead-letter topic (KIP-1033 processing handler, production handler, and KIP-1034's dead-letter
 * records in their responses), and holds what both handlers share: the topic, the letter's serializer and
 * the counter.
 *
 * <p>Kafka Streams makes the handlers by reflection and hands them the streams properties; so the topic
 * travels as {@value #TOPIC} and the meter registry, when the caller wants the letters counted in
 * {@code adtrigger.events.dead.lettered}, as the object {@value #METER_REGISTRY}. (Kafka's own
 * {@code errors.dead.letter.queue.topic.name} is left unset: its default handlers would write raw records
 * that are not {@code DeadLetter}s into the same topic.)
 */
public final class DeadLetterHandlers {
    /** Streams property: the dead-letter topic. */
    public static final String TOPIC = "adtrigger.dead.letter.topic";
    /** Streams property: a {@link MeterRegistry} object to count letters in; optional. */
    public static final String METER_REGISTRY = "adtrigger.dead.letter.meter.registry";

    private final String topic;
    private final TriggerMetrics metrics;
    private final Serializer<DeadLetter> serializer = AvroSerdes.deadLetter().serializer();

    private DeadLetterHandlers(String topic, TriggerMetrics metrics) {
        this.topic = topic;
        this.metrics = metrics;
    }

    /** Sets both handlers and the dead-letter topic in {@code streams}. */
    public static void configure(Properties streams, String deadLetterTopic) {
        streams.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingDeadLetterHandler.class.getName());
        // The topology has no global stores; enabling the handler for them too (the future default) only
        // silences Kafka Streams' start-up warning that it is not.
        streams.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        streams.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, ProductionDeadLetterHandler.class.getName());
        streams.put(TOPIC, deadLetterTopic);
    }

    /** Makes the handlers count their letters in {@code registry} (the one the topology's meters are in). */
    public static void countIn(Properties streams, MeterRegistry registry) {
        streams.put(METER_REGISTRY, registry);
    }

    static DeadLetterHandlers from(Map<String, ?> configs) {
        Object topic = configs.get(TOPIC);
        if (topic == null) {
            throw new IllegalStateException(TOPIC + " is not set: use DeadLetterHandlers.configure");
        }
        Object registry = configs.get(METER_REGISTRY);
        return new DeadLetterHandlers(topic.toString(),
                registry instanceof MeterRegistry r ? new TriggerMetrics(r) : null);
    }

    String topic() {
        return topic;
    }

    /** The letter for the input record {@code context} describes, as the record to add to the response. */
    List<ProducerRecord<byte[], byte[]>> letter(ErrorHandlerContext context, DeadLetterReason reason, DeadLetterStage stage,
                                                Exception error, String detail) {
        if (metrics != null) {
            metrics.deadLettered(reason);
        }
        DeadLetters.Origin origin = new DeadLetters.Origin(context.topic(), context.partition(), context.offset(),
                context.timestamp());
        DeadLetter letter = DeadLetters.of(origin, context.sourceRawKey(), context.sourceRawValue(), reason, stage, error,
                detail);
        // keyed like the intake's letters: by the input's key
        return List.of(new ProducerRecord<>(topic, null, context.timestamp(), DeadLetters.keptOrNull(context.sourceRawKey()),
                serializer.serialize(topic, letter)));
    }
}
