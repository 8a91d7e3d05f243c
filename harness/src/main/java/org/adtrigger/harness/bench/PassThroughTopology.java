package org.adtrigger.harness.bench;

import org.adtrigger.schema.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

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
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(eventsTopic, Consumed.with(Serdes.ByteArray(), AvroSerdes.event()).withName("events-source"))
                .to(OUTPUT_TOPIC, Produced.with(Serdes.ByteArray(), AvroSerdes.event()).withName("passthrough-sink"));
        return builder.build();
    }
}
