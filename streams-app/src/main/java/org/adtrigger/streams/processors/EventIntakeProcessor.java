package org.adtrigger.streams.processors;

import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.core.selection.SelectionResult;
import org.adtrigger.schema.Event;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes, validates and selects raw input records: the events the model's selection accepts go to the
 * {@linkplain NodeNames#SCORE scoring node}, the inputs that fail to decode, are invalid or make the selection
 * throw go to the {@linkplain NodeNames#INTAKE_DEAD_LETTERS dead-letter sink}, and the events the selection
 * rejects are counted and dropped. The topology consumes bytes and decodes here, rather than in a source serde,
 * so that a bad record's original bytes and coordinates are at hand for its dead letter and the stream keeps
 * running.
 */
public final class EventIntakeProcessor implements Processor<byte[], byte[], byte[], Object> {
    private final Deserializer<Event> deserializer;
    private final EventValidator validator;
    private final EventSelector selector;
    private final TriggerMetrics metrics;
    private ProcessorContext<byte[], Object> context;

    public EventIntakeProcessor(Deserializer<Event> deserializer, EventValidator validator, EventSelector selector,
                                TriggerMetrics metrics) {
        this.deserializer = deserializer;
        this.validator = validator;
        this.selector = selector;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        metrics.received();
        Event event;
        try {
            event = decode(record.value());
        } catch (SerializationException e) {
            reject(record, DeadLetterReason.DESERIALIZATION, DeadLetterStage.INTAKE, e);
            return;
        } catch (InvalidEventException e) {
            reject(record, e.reason(), DeadLetterStage.INTAKE, e);
            return;
        }
        SelectionResult result;
        try {
            result = selector.select(event);
        } catch (RuntimeException e) {
            reject(record, DeadLetterReason.PROCESSING_FAILED, DeadLetterStage.SELECTION, e);
            return;
        }
        if (result.isAccepted()) {
            metrics.selected();
            context.forward(record.withValue(result.event()), NodeNames.SCORE);
        } else {
            metrics.rejected(result.rejection());
        }
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

    private void reject(Record<byte[], byte[]> record, DeadLetterReason reason, DeadLetterStage stage,
                        RuntimeException error) {
        metrics.deadLettered(reason);
        RecordMetadata origin = context.recordMetadata().orElse(null);
        DeadLetters.Origin at = origin == null ? new DeadLetters.Origin("", -1, -1L, record.timestamp())
                : new DeadLetters.Origin(origin.topic(), origin.partition(), origin.offset(), record.timestamp());
        // An oversize record would make a dead letter larger than the producer and broker accept (1 MiB by
        // default), and failing to write it would stop the stream: DeadLetters leaves its bytes out, and topic,
        // partition and offset locate the original.
        context.forward(record.withValue(DeadLetters.of(at, record.key(), record.value(), reason, stage, error)),
                NodeNames.INTAKE_DEAD_LETTERS);
    }

    private String topic() {
        return context.recordMetadata().map(RecordMetadata::topic).orElse("");
    }
}
