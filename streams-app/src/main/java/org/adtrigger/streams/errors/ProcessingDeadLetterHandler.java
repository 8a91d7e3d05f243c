package org.adtrigger.streams.errors;

import java.util.Map;

import org.adtrigger.streams.processors.DeadLetterReason;
import org.adtrigger.streams.processors.DeadLetterStage;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exception thrown by a processor (selection, the window stage, routing) for one record: the input the
 * record came from goes to the dead-letter topic with reason {@code PROCESSING_FAILED} and the node's stage,
 * and the stream goes on with the next record. A failure in a punctuation has no input record: it is logged
 * and the stream goes on.
 */
public final class ProcessingDeadLetterHandler implements ProcessingExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProcessingDeadLetterHandler.class);

    private DeadLetterHandlers shared;

    @Override
    public void configure(Map<String, ?> configs) {
        shared = DeadLetterHandlers.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        DeadLetterStage stage = DeadLetterStage.ofNode(context.processorNodeId());
        if (context.topic() == null || context.offset() < 0) {
            LOG.warn("{} failed in node {} without an input record (a punctuation): {}", stage, context.processorNodeId(),
                    exception.toString());
            return Response.resume();
        }
        LOG.warn("{} partition {} offset {}: dead-lettered, {} failed in node {}: {}", context.topic(), context.partition(),
                context.offset(), stage, context.processorNodeId(), exception.toString());
        return Response.resume(shared.letter(context, DeadLetterReason.PROCESSING_FAILED, stage, exception,
                "node " + context.processorNodeId()));
    }
}
