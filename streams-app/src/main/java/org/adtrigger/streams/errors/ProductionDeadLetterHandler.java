package org.adtrigger.streams.errors;

import java.util.Map;

import org.adtrigger.streams.processors.DeadLetterReason;
import org.adtrigger.streams.processors.DeadLetterStage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output or internal record that cannot be serialized (or is larger than {@link OutputSizeLimit} lets
 * through), or that the producer or broker refuses for what it is (too large, invalid): the input it came from
 * goes to the dead-letter topic with stage {@code OUTPUT} ({@code WINDOW} for a window partial or summary) and
 * the record is dropped. (Under exactly-once a
 * refusal by the producer still aborts the transaction, see {@link OutputSizeLimit}: the serializers' limit is
 * what keeps such records from reaching it.) Failures that are not the record's (the
 * broker unreachable, authorization, a fenced producer) fail as before: Kafka Streams retries or stops, and
 * no input is skipped for them. A dead letter that itself cannot be written is logged and dropped, never
 * dead-lettered again.
 */
public final class ProductionDeadLetterHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProductionDeadLetterHandler.class);

    private DeadLetterHandlers shared;

    @Override
    public void configure(Map<String, ?> configs) {
        shared = DeadLetterHandlers.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        boolean recordsOwn = exception instanceof RecordTooLargeException || exception instanceof RecordBatchTooLargeException
                || exception instanceof InvalidRecordException;
        if (!recordsOwn) {
            return Response.fail();
        }
        DeadLetterReason reason = exception instanceof InvalidRecordException ? DeadLetterReason.OUTPUT_FAILED
                : DeadLetterReason.OUTPUT_TOO_LARGE;
        return deadLetter(context, record.topic(), reason, exception);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return deadLetter(context, record.topic(), exception instanceof OutputSizeLimit.TooLarge
                ? DeadLetterReason.OUTPUT_TOO_LARGE : DeadLetterReason.OUTPUT_FAILED, exception);
    }

    private Response deadLetter(ErrorHandlerContext context, String outputTopic, DeadLetterReason reason, Exception exception) {
        if (shared.topic().equals(outputTopic)) {
            LOG.error("{} partition {} offset {}: its dead letter could not be written to {} and is dropped: {}",
                    context.topic(), context.partition(), context.offset(), outputTopic, exception.toString());
            return Response.resume();
        }
        LOG.warn("{} partition {} offset {}: dead-lettered, its record for {} failed: {}", context.topic(),
                context.partition(), context.offset(), outputTopic, exception.toString());
        // a window record (partial, summary) fails in the window stage; any other in writing the outputs
        DeadLetterStage stage = DeadLetterStage.ofNode(context.processorNodeId()) == DeadLetterStage.WINDOW
                ? DeadLetterStage.WINDOW : DeadLetterStage.OUTPUT;
        return Response.resume(shared.letter(context, reason, stage, exception,
                "record for topic " + outputTopic + " (node " + context.processorNodeId() + ")"));
    }
}
