package org.adtrigger.streams.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.errors.DeadLetterHandlers;
import org.adtrigger.streams.http.HttpSettings;
import org.adtrigger.streams.http.OpsHttpServer;
import org.adtrigger.streams.metrics.AppMetrics;
import org.adtrigger.streams.util.ScratchDirectory;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the parts of a scoring run in dependency order — model (refused models stop the start before
 * anything else runs), embedded broker when no brokers are given, metrics, HTTP, Kafka Streams, then a
 * {@link Companion} if one is given — then waits for SIGTERM/Ctrl-C, the end of the requested duration or
 * a stream failure, and stops them in reverse order: the companion, Kafka Streams (bounded by
 * shutdown.timeout.ms), HTTP, metrics, broker and model.
 */
final class TriggerRunner {
    private static final Logger LOG = LoggerFactory.getLogger(TriggerRunner.class);
    private static final Duration INPUT_LOOKUP_TIMEOUT = Duration.ofSeconds(15);
    private static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    private static final long RUNNING_POLL_MS = 50;

    private final Properties config;
    private final Path modelFile;
    private final boolean embeddedBroker;
    private final Duration shutdownTimeout;

    TriggerRunner(Properties config, Path modelFile, boolean embeddedBroker) {
        this.config = config;
        this.modelFile = modelFile;
        this.embeddedBroker = embeddedBroker;
        this.shutdownTimeout = shutdownTimeout(config);
    }

    /**
     * Runs until stopped.
     *
     * @param duration  how long to run, or null for until SIGTERM / Ctrl-C
     * @param companion what runs beside the stream, or null for nothing
     * @param report    told the run's totals once every part has stopped, before a SIGTERM lets the JVM exit
     * @throws IllegalStateException with a one-line reason when Kafka Streams fails
     */
    void run(Duration duration, Companion companion, Consumer<RunTotals> report) throws Exception {
        StopSignal stop = new StopSignal();
        SignalStop signalStop = SignalStop.install(stop, shutdownTimeout.plusSeconds(15));
        String failure;
        AtomicReference<RunTotals> totals = new AtomicReference<>();
        try {
            failure = runParts(duration, companion, stop, totals);
            if (totals.get() != null) {
                report.accept(totals.get());
            }
        } finally {
            signalStop.close();
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Starts the parts, waits for the stop and stops them; returns the failure, or null. */
    private String runParts(Duration duration, Companion companion, StopSignal stop, AtomicReference<RunTotals> totals)
            throws Exception {
        ScorerSettings scorerSettings = ScorerSettings.from(config);
        HttpSettings httpSettings = HttpSettings.from(config);
        try (ShutdownSequence parts = new ShutdownSequence()) {
            OnnxModel model = parts.add("ONNX model", OnnxModel.load(modelFile, scorerSettings));
            Properties effective = config;
            EmbeddedKafkaBroker broker = null;
            if (embeddedBroker) {
                broker = parts.add("embedded Kafka broker", EmbeddedKafkaBroker.onFreePorts());
                effective = withSetting(config, BOOTSTRAP_SERVERS, broker.bootstrapServers());
            }
            // Validates the settings before anything is created on disk.
            TopologyWiring configured = new TopologyWiring(effective);
            if (!config.containsKey(ConfigKey.STATE_DIR.key())) {
                effective = withSetting(effective, ConfigKey.STATE_DIR.key(), defaultStateDirectory(parts, effective));
                configured = new TopologyWiring(effective);
            }
            if (broker != null) {
                broker.start();
                broker.createTopics(configured.topics());
                LOG.info("Created topics {} (name=partitions)", configured.topics());
            }
            OptionalInt partitions = InputPartitions.lookUp(
                    effective.getProperty(BOOTSTRAP_SERVERS, ConfigKey.BOOTSTRAP_SERVERS.defaultValue()),
                    configured.eventsTopic(), INPUT_LOOKUP_TIMEOUT);
            TopologyWiring wiring = partitions.isPresent() ? configured.withInputPartitions(partitions.getAsInt()) : configured;
            AppMetrics metrics = parts.add("metrics", new AppMetrics());
            metrics.bindScorer(model.card(), model.device());
            // Stopped after Kafka Streams, so the counters are final when read.
            parts.add("run totals", () -> totals.set(RunTotals.read(metrics.registry(), model.card().selection())));
            AtomicReference<KafkaStreams> streamsRef = new AtomicReference<>();
            OpsHttpServer http = parts.add("HTTP server", OpsHttpServer.start(httpSettings, metrics.registry(),
                    () -> streamsRef.get() == null ? null : streamsRef.get().state()));
            Properties streamsProperties = wiring.streamsProperties();
            DeadLetterHandlers.countIn(streamsProperties, metrics.registry());
            KafkaStreams streams = new KafkaStreams(wiring.topology(model, metrics.registry(),
                    companion == null ? List.of() : companion.windowListeners()), streamsProperties);
            parts.add("Kafka Streams", () -> {
                if (!streams.close(shutdownTimeout)) {
                    LOG.warn("Kafka Streams did not stop within {}", shutdownTimeout);
                }
            });
            streamsRef.set(streams);
            watch(streams, stop);
            metrics.bindKafkaStreams(streams);
            streams.start();
            if (companion != null && awaitRunning(streams, stop)) {
                parts.add(companion.name(), companion.start(new Companion.RunningStream(
                        effective.getProperty(BOOTSTRAP_SERVERS), wiring.eventsTopic(),
                        "http://" + httpSettings.address() + ":" + http.port(), stop::fail)));
            }
            LOG.info("Scoring with model {} on {}{}", model.card().modelId(), model.device().label(),
                    duration == null ? "; stop with SIGTERM or Ctrl-C" : " for " + duration);
            return stop.await(duration);
        }
    }

    /** Waits for RUNNING; false when a stop or failure comes first. */
    private static boolean awaitRunning(KafkaStreams streams, StopSignal stop) throws InterruptedException {
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (stop.requested()) {
                return false;
            }
            Thread.sleep(RUNNING_POLL_MS);
        }
        return true;
    }

    private static Properties withSetting(Properties config, String key, String value) {
        Properties effective = new Properties();
        effective.putAll(config);
        effective.setProperty(key, value);
        return effective;
    }

    /**
     * A state directory of this instance's own when none is configured: with the embedded broker a fresh
     * one, removed at the stop (its changelogs die with the broker, so old state could only conflict); with
     * an external broker the first free instance slot for this application and cluster
     * ({@link InstanceStateDirectory}), kept for the next start.
     */
    private String defaultStateDirectory(ShutdownSequence parts, Properties effective) {
        Path base = Path.of(ConfigKey.STATE_DIR.defaultValue());
        if (embeddedBroker) {
            return parts.add("state directory", ScratchDirectory.create("adtrigger-state-", "the run's state directory"))
                    .path().toString();
        }
        InstanceStateDirectory claimed = parts.add("state directory lock", InstanceStateDirectory.claim(base,
                effective.getProperty(ConfigKey.APPLICATION_ID.key(), ConfigKey.APPLICATION_ID.defaultValue()),
                effective.getProperty(BOOTSTRAP_SERVERS, ConfigKey.BOOTSTRAP_SERVERS.defaultValue())));
        LOG.info("State directory {}", claimed.path());
        return claimed.path().toString();
    }

    private static void watch(KafkaStreams streams, StopSignal stop) {
        streams.setUncaughtExceptionHandler(e -> {
            LOG.error("Stream thread failed; stopping the application", e);
            stop.fail("Kafka Streams failed: " + e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("Kafka Streams {} -> {}", before, now);
            if (now == KafkaStreams.State.ERROR) {
                stop.fail("Kafka Streams entered state ERROR");
            }
        });
    }

    private static Duration shutdownTimeout(Properties config) {
        String value = config.getProperty(ConfigKey.SHUTDOWN_TIMEOUT_MS.key(), ConfigKey.SHUTDOWN_TIMEOUT_MS.defaultValue()).trim();
        long millis;
        try {
            millis = Long.parseLong(value);
        } catch (NumberFormatException e) {
            millis = -1;
        }
        if (millis < 0) {
            throw new IllegalArgumentException(ConfigKey.SHUTDOWN_TIMEOUT_MS.key() + " must be a non-negative number of milliseconds, not '"
                    + value + "'");
        }
        return Duration.ofMillis(millis);
    }
}
