package org.adtrigger.streams.cli;

import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.streams.onnx.OnnxModel;
import org.apache.kafka.streams.Topology;

/** INTERIM: replaced by the adapter to the scoring topology when it lands on main. */
final class TopologyWiring implements StreamsWiring {
    TopologyWiring(Properties config) {
        throw new UnsupportedOperationException("the scoring topology is not part of this build yet");
    }

    @Override
    public Map<String, Integer> topics() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Properties streamsProperties() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Topology topology(OnnxModel model, MeterRegistry registry) {
        throw new UnsupportedOperationException();
    }
}
