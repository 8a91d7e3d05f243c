package org.adtrigger.streams.cli;

import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.streams.onnx.OnnxModel;
import org.apache.kafka.streams.Topology;

/**
 * What {@code run} needs from the streaming topology, built from the merged configuration (with
 * {@code bootstrap.servers} already pointing at the broker in use).
 */
interface StreamsWiring {

    /** Topics to create (name → partitions) when {@code run} starts its own embedded broker. */
    Map<String, Integer> topics();

    /** Properties for the Kafka Streams client. */
    Properties streamsProperties();

    /** The topology, scoring with {@code model} and reporting to {@code registry}. */
    Topology topology(OnnxModel model, MeterRegistry registry);

    /** Builds the wiring for a configuration. */
    @FunctionalInterface
    interface Factory {
        StreamsWiring create(Properties config);
    }
}
