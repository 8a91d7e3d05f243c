package org.adtrigger.streams.cli;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.streams.topology.AnomalyTopology;
import org.adtrigger.streams.window.WindowListener;
import org.apache.kafka.streams.Topology;

/**
 * What a run needs from the topology settings: the topics to create on an embedded broker, the input
 * topic, the Kafka Streams properties, and the anomaly-scoring topology with one scorer per scoring task
 * on the shared model.
 */
final class TopologyWiring {
    private final TriggerConfig config;

    /** @throws IllegalArgumentException naming the first topology setting whose value is not valid */
    TopologyWiring(Properties properties) {
        this.config = TriggerConfig.from(properties);
    }

    private TopologyWiring(TriggerConfig config) {
        this.config = config;
    }

    /** The same wiring for an input topic of {@code partitions} partitions (the scoring tasks windows wait for). */
    TopologyWiring withInputPartitions(int partitions) {
        return new TopologyWiring(config.with(ConfigKey.TOPIC_PARTITIONS, Integer.toString(partitions)));
    }

    Map<String, Integer> topics() {
        return config.topicsToCreate();
    }

    String eventsTopic() {
        return config.eventsTopic();
    }

    Properties streamsProperties() {
        return config.streamsProperties();
    }

    Topology topology(OnnxModel model, MeterRegistry registry, List<WindowListener> listeners) {
        return AnomalyTopology.build(config, model.card(), () -> model.newScorer(config.batchSize()), registry,
                listeners.toArray(new WindowListener[0]));
    }
}
