package org.adtrigger.streams.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.streams.onnx.OnnxModel;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/** A topology that copies "events" to "scored-events": lets the run command's tests exercise its lifecycle. */
final class PassThroughWiring implements StreamsWiring {
    private final Properties config;

    PassThroughWiring(Properties config) {
        this.config = config;
    }

    @Override
    public Map<String, Integer> topics() {
        return Map.of("events", 2, "scored-events", 2);
    }

    @Override
    public Properties streamsProperties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "run-test-" + UUID.randomUUID());
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.getProperty("bootstrap.servers"));
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        try {
            p.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("run-test-state").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    @Override
    public Topology topology(OnnxModel model, MeterRegistry registry) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("events").to("scored-events");
        return builder.build();
    }
}
