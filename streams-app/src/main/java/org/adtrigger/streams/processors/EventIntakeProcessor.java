package org.adtrigger.streams.processors;

import org.adtrigger.schema.Event;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes and validates raw input records. The topology consumes bytes and decodes here, rather than in
 * a source serde, so that a bad record's original bytes and coordinates are at hand for its dead letter
 * and the stream keeps running.
 */
public final class EventIntakeProcessor implements Processor<byte[], byte[], byte[], Intake> {
    private final Deserializer<Event> deserializer;
    private final EventValidator validator;
    private final TriggerMetrics metrics;
    private ProcessorContext<byte[], Intake> context;

    public EventIntakeProcessor(Deserializer<Event> deserializer, EventValidator validator, TriggerMetrics metrics) {
        this.deserializer = deserializer;
        this.validator = validator;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], Intake> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        metrics.received();
        Intake intake;
        try {
            intake = Intake.valid(decode(record.value()));
        } catch (SerializationException e) {
            intake = reject(record, DeadLetterReason.DESERIALIZATION, e);
        } catch (InvalidEventException e) {
            intake = reject(record, e.reason(), e);
        }
        context.forward(record.withValue(intake));
    }

    private Event decode(byte[] value) {
        if (value == null) {
            throw new SerializationException("null value (a tombstone) where an Event was expected");
        }
        validator.checkSize(value);
        Event event = deserializer.deserialize(topic(), value);
        validator.check(event);
        return event;
    }

    private Intake reject(Record<byte[], byte[]> record, DeadLetterReason reason, RuntimeException error) {
        metrics.deadLettered(reason);
        RecordMetadata origin = context.recordMetadata().orElse(null);
        DeadLetters.Origin at = origin == null ? new DeadLetters.Origin("", -1, -1L, record.timestamp())
                : new DeadLetters.Origin(origin.topic(), origin.partition(), origin.offset(), record.timestamp());
        // An oversize record would make a dead letter larger than the producer and broker accept (1 MiB by
        // default), and failing to write it would stop the stream: DeadLetters leaves its bytes out, and topic,
        // partition and offset locate the original.
        return Intake.rejected(DeadLetters.of(at, record.key(), record.value(), reason, DeadLetterStage.INTAKE, error));
    }

    private String topic() {
        return context.recordMetadata().map(RecordMetadata::topic).orElse("");
    }
}
