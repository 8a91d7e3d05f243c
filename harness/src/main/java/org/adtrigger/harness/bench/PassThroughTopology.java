package org.adtrigger.harness.bench;

import org.adtrigger.schema.Event;
import org.adtrigger.streams.config.AppTopics;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/**
 * Benchmark (a), the Kafka I/O limit: every input event is decoded with the scoring topology's
 * {@code Event} serde and written back, re-encoded, to an output topic — the same wire format, keys,
 * timestamps and partitions as the real topology, with no validation, selection, scoring or windows.
 */
final class PassThroughTopology {
    /** Output topic of the pass-through application. */
    static final String OUTPUT_TOPIC = "bench-passthrough";

    private PassThroughTopology() {
    }

    static Topology build(String eventsTopic) {
        Topic<byte[], Event> input = AppTopics.events(eventsTopic);
        Topic<byte[], Event> output = AppTopics.events(OUTPUT_TOPIC);
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input.name(), input.consumed("events-source"))
                .to(output.name(), output.produced("passthrough-sink"));
        return builder.build();
    }
}
