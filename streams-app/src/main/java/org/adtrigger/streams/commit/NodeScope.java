package org.adtrigger.streams.commit;

import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.internals.InternalProcessorContext;
import org.apache.kafka.streams.processor.internals.ProcessorNode;
import org.apache.kafka.streams.processor.internals.ProcessorRecordContext;

/**
 * Lets a processor forward records from a {@link PreCommitHook} action, and forward a record in the context
 * of the input it came from (see {@link #runAs}). During a commit Kafka Streams has
 * no current node, and {@code forward} refuses to run without one; this sets the processor's own node and
 * a record context with no source offset around the action, as Kafka Streams does for a punctuation (and
 * as its cached stores do when they forward on flush), then restores what was there.
 *
 * <p>Outside a real task (a {@code MockProcessorContext} in a unit test) there is no node to set, and the
 * action runs as it is.
 */
public final class NodeScope {
    private final InternalProcessorContext<?, ?> context;
    private final ProcessorNode<?, ?, ?, ?> node;

    private NodeScope(InternalProcessorContext<?, ?> context, ProcessorNode<?, ?, ?, ?> node) {
        this.context = context;
        this.node = node;
    }

    /** Call from the processor's {@code init}, where the current node is the processor's. */
    public static NodeScope of(ProcessorContext<?, ?> context) {
        if (context instanceof InternalProcessorContext<?, ?> internal) {
            return new NodeScope(internal, internal.currentNode());
        }
        return new NodeScope(null, null);
    }

    /**
     * Runs {@code action} (on the current node) in the record context of the input at {@code topic},
     * {@code partition}, {@code offset} with key {@code rawKey}: what exception handlers downstream report as
     * the failing input (its value bytes are not at hand).
     */
    public void runAs(long timestampMs, String topic, int partition, long offset, byte[] rawKey, Runnable action) {
        if (context == null) {
            action.run();
            return;
        }
        ProcessorRecordContext previousRecord = context.recordContext();
        context.setRecordContext(new ProcessorRecordContext(timestampMs, offset, partition, topic, new RecordHeaders(),
                rawKey, null));
        try {
            action.run();
        } finally {
            context.setRecordContext(previousRecord);
        }
    }

    /** Runs {@code action} as the processor's node, at wall-clock {@code nowMs} for the record context. */
    public void run(long nowMs, Runnable action) {
        if (context == null) {
            action.run();
            return;
        }
        ProcessorNode<?, ?, ?, ?> previousNode = context.currentNode();
        ProcessorRecordContext previousRecord = context.recordContext();
        context.setCurrentNode(node);
        context.setRecordContext(new ProcessorRecordContext(nowMs, -1L, -1, null, new RecordHeaders()));
        try {
            action.run();
        } finally {
            context.setRecordContext(previousRecord);
            context.setCurrentNode(previousNode);
        }
    }
}
