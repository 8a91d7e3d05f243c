package org.adtrigger.streams.topology;

import org.apache.kafka.streams.kstream.KStream;

/**
 * Types the children of a processor that forwards each output to a named child. The DSL gives a processor's
 * output one key and value type, but the intake and scoring processors send each child its own
 * ({@code forward(record, childName)}, names in {@code NodeNames}): a dead-letter sink gets dead letters, the
 * scoring node events, the window stage window updates. A node attached to the stream returned here is a child
 * of that processor and receives only what the processor forwards to it by name; the cast states the type of
 * those records, which the processor guarantees.
 */
final class ForwardedTo {
    private ForwardedTo() {
    }

    @SuppressWarnings("unchecked")
    static <K, V> KStream<K, V> child(KStream<?, ?> processorOutput) {
        return (KStream<K, V>) processorOutput;
    }
}
