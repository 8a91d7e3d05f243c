package org.adtrigger.streams.processors;

import java.nio.ByteBuffer;

import org.adtrigger.schema.DeadLetter;
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
        DeadLetter letter = new DeadLetter();
        letter.setKey(record.key() == null ? null : ByteBuffer.wrap(record.key()));
        // An oversize record would make a dead letter larger than the producer and broker accept (1 MiB by
        // default), and failing to write it would stop the stream: it is left out, and topic, partition and
        // offset locate the original.
        boolean keepValue = record.value() != null && reason != DeadLetterReason.OVERSIZE;
        letter.setValue(keepValue ? ByteBuffer.wrap(record.value()) : null);
        letter.setTopic(origin == null ? "" : origin.topic());
        letter.setPartition(origin == null ? -1 : origin.partition());
        letter.setOffset(origin == null ? -1L : origin.offset());
        letter.setTimestampMs(record.timestamp());
        letter.setReason(reason.name());
        letter.setErrorClass(error.getClass().getName());
        // The message names the record too, so that it alone (in a log line or a consumer's printout) says
        // which input to look at.
        letter.setErrorMessage(letter.getTopic() + " partition " + letter.getPartition() + " offset " + letter.getOffset()
                + ": " + error.getMessage());
        return Intake.rejected(letter);
    }

    private String topic() {
        return context.recordMetadata().map(RecordMetadata::topic).orElse("");
    }
}
