package org.adtrigger.streams.testing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.streams.config.AppTopics;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.topic.Topic;
import org.adtrigger.streams.topology.AnomalyTopology;
import org.adtrigger.streams.window.WindowListener;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The whole topology in a {@link TopologyTestDriver}, scored by {@link MetScorer}, with its topics, the
 * meters it registered, the sizes of the batches it scored and the window summaries its listener heard.
 */
public final class TopologyHarness implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    public final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    public final List<Integer> batches = new ArrayList<>();
    public final List<WindowSummary> heard = new ArrayList<>();
    public final TopologyTestDriver driver;
    public final TestInputTopic<byte[], byte[]> events;
    public final TestOutputTopic<byte[], ScoredEvent> scored;
    public final TestOutputTopic<byte[], ScoredEvent> anomalies;
    public final TestOutputTopic<byte[], DeadLetter> deadLetters;
    public final TestOutputTopic<String, WindowSummary> windows;

    public TopologyHarness(TriggerConfig config, ModelCard card, Path stateDir) {
        this(config, card, stateDir, UnaryOperator.identity());
    }

    /** @param scorerHook wraps each task's {@link MetScorer}, e.g. in a {@link PoisonScorer} */
    public TopologyHarness(TriggerConfig config, ModelCard card, Path stateDir, UnaryOperator<BatchScorer> scorerHook) {
        // the driver has one partition per topic: one scoring task, the one source the windows wait for
        TriggerConfig local = config.with(ConfigKey.STATE_DIR, stateDir.toString()).with(ConfigKey.TOPIC_PARTITIONS, "1");
        WindowListener listener = heard::add;
        driver = new TopologyTestDriver(
                AnomalyTopology.build(local, card,
                        () -> scorerHook.apply(new MetScorer(TestCards.LAYOUT, local.batchSize(), batches::add)),
                        registry, listener),
                local.streamsProperties(), START);
        AppTopics topics = new AppTopics(local);
        Topic<byte[], byte[]> input = topics.events().rawValues();
        events = driver.createInputTopic(input.name(), input.keys().serializer(), input.values().serializer(),
                START, Duration.ZERO);
        scored = output(topics.scored());
        anomalies = output(topics.anomalies());
        deadLetters = output(topics.deadLetters());
        windows = output(topics.windows());
    }

    private <K, V> TestOutputTopic<K, V> output(Topic<K, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keys().deserializer(), topic.values().deserializer());
    }

    /** Default settings with some keys changed: pairs of key and value. */
    public static TriggerConfig config(Object... keysAndValues) {
        Properties p = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            p.setProperty(((ConfigKey) keysAndValues[i]).key(), keysAndValues[i + 1].toString());
        }
        return TriggerConfig.from(p);
    }

    /** Sends an event keyed by its event number, at {@code START + millis} event time. */
    public void send(Event event, long millis) {
        events.pipeInput(key(event.getEventNumber()), TestEvents.encode(event), START.plusMillis(millis));
    }

    public static byte[] key(long eventNumber) {
        return ("ev-" + eventNumber).getBytes(StandardCharsets.UTF_8);
    }

    /** The value of a counter, or of a gauge, with the given tags (pairs of name and value). */
    public double meter(String name, String... tags) {
        return registry.get(name).tags(tags).meter().measure().iterator().next().getValue();
    }

    @Override
    public void close() {
        driver.close();
    }
}
