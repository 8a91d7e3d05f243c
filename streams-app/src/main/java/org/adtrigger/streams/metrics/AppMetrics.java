package org.adtrigger.streams.metrics;

import java.util.ArrayDeque;
import java.util.Deque;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.scoring.onnx.ScorerDevice;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's Prometheus registry with JVM and process metrics bound, plus the Kafka Streams
 * client metrics and scorer identity once those exist. Closing it unbinds what needs unbinding
 * (GC listeners, the Kafka metrics refresher) and closes the registry.
 */
public final class AppMetrics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppMetrics.class);
    /** Info gauge (value 1) whose tags say which model runs where; Prometheus name adtrigger_scorer_info. */
    public static final String SCORER_INFO = "adtrigger.scorer.info";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Deque<AutoCloseable> bindings = new ArrayDeque<>();

    public AppMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        bindings.push(gc);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /** Exposes the client metrics of a Kafka Streams instance (threads, tasks, consumers, producers, stores). */
    public void bindKafkaStreams(KafkaStreams streams) {
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams);
        metrics.bindTo(registry);
        bindings.push(metrics);
    }

    /** Records which model is served and on which device, so a dashboard can show it next to the rates. */
    public void bindScorer(ModelCard card, ScorerDevice device) {
        Gauge.builder(SCORER_INFO, () -> 1)
                .description("Model served by the scorer and the device it runs on (value is always 1)")
                .tag("device", device.label())
                .tag("model", card.modelId())
                .tag("layout", card.features().rmmLayout())
                .register(registry);
    }

    @Override
    public void close() {
        while (!bindings.isEmpty()) {
            try {
                bindings.pop().close();
            } catch (Exception e) {
                // Unbinding happens at shutdown; a failure here must not stop the remaining steps.
                LOG.warn("unbinding metrics failed: {}", e.getMessage());
            }
        }
        registry.close();
    }
}
