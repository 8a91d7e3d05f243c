package org.adtrigger.streams.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.core.model.ExpectedSpectra;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.config.AppTopics;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.errors.OutputSizeLimit;
import org.adtrigger.streams.processors.AcceptFilter;
import org.adtrigger.streams.processors.BatchScoringSupplier;
import org.adtrigger.streams.processors.EventIntakeProcessor;
import org.adtrigger.streams.processors.EventValidator;
import org.adtrigger.streams.processors.NodeNames;
import org.adtrigger.streams.processors.ScorerFactory;
import org.adtrigger.streams.processors.TriggerMetrics;
import org.adtrigger.streams.serde.EncodeOnceSerde;
import org.adtrigger.streams.topic.Topic;
import org.adtrigger.streams.window.ClosedWindowCounter;
import org.adtrigger.streams.window.LastWindowGauges;
import org.adtrigger.streams.window.WindowSpectrumMeters;
import org.adtrigger.streams.window.WindowListener;
import org.adtrigger.streams.window.WindowUpdate;
import org.adtrigger.streams.window.WindowStage;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Wires the streaming trigger:
 * <pre>
 * events (bytes) ─► intake: decode + validate + select (card's preset)
 *    ├► events.dlq (undecodable, invalid, or the selection failed: stage INTAKE, SELECTION)
 *    └► score: batch buffer + RMM + model + tagging + per-task window tallies
 *         ├► events.dlq (events that failed RMM building, scoring or tallying alone: stage RMM, SCORING, WINDOW)
 *         ├► scored-events (every selected event)
 *         ├► anomalies (accepted by the operating point, anomaly.operating.point)
 *         └► window-outputs: partial tallies (ALL / SAMPLE / RUN), one per window and key per commit
 *              ─► window-partials (repartition by key) ─► merge ─► window-summaries + gauges + listeners
 * </pre>
 * An event passes four nodes (source, intake, score, one or two sinks): each processor forwards each output to
 * the child named for it ({@link NodeNames}) rather than through filter and map nodes.
 * Keys are the input's (bytes, passed through) on every per-event topic; window summaries are keyed by
 * {@code TYPE:name}. Start the result with {@code new KafkaStreams(topology, config.streamsProperties())}: those
 * properties install the exception handlers that dead-letter an input whose processing in any other node
 * (the window stage) or whose output or internal record fails ({@code org.adtrigger.streams.errors}).
 *
 * <p>Build one topology per {@link MeterRegistry}: Micrometer keeps the first gauge registered under a name
 * and tags, so the window gauges of a second build on the same registry would never be read.
 */
public final class AnomalyTopology {
    private AnomalyTopology() {
    }

    /**
     * @param config   topics, batching, windows, limits
     * @param card     the served model's card: selection preset, RMM features, tier cuts and pass fractions,
     *                 working points, model id
     * @param scorers  makes one scorer per scoring task
     * @param registry where counters, timers and last-window gauges are registered
     * @param extra    further listeners told of every final window summary
     * @throws IllegalArgumentException when the card names an unknown selection preset or RMM layout, lacks
     *                                  the 4 tier pass fractions, or cannot support the operating point (one
     *                                  line naming the card's statistics)
     */
    public static Topology build(TriggerConfig config, ModelCard card, ScorerFactory scorers, MeterRegistry registry,
                                 WindowListener... extra) {
        SelectionPreset selection = SelectionPreset.byId(card.selection());
        AcceptFilter filter = AcceptFilter.of(config.operatingPoint(), card, config.rateHysteresis());
        TriggerMetrics metrics = new TriggerMetrics(registry);
        List<WindowListener> listeners = new ArrayList<>(List.of(extra));
        listeners.add(0, new LastWindowGauges(registry));
        listeners.add(1, new ClosedWindowCounter(registry));
        listeners.add(2, filter);
        listeners.add(3, new WindowSpectrumMeters(registry));

        AppTopics topics = new AppTopics(config);
        OutputSizeLimit limit = new OutputSizeLimit(config.maxOutputBytes());
        Topic<byte[], Event> input = topics.events();
        StreamsBuilder builder = new StreamsBuilder();
        EventValidator validator = new EventValidator(config.maxObjects(), config.maxRecordBytes(),
                card.features().usesMetPhi(), config.maxSampleChars());
        // The processors forward each output to the node named for it (NodeNames); the streams below only
        // type each of those children.
        KStream<byte[], Object> intake = builder
                .stream(input.name(), input.rawValues().consumed(NodeNames.SOURCE))
                .process(() -> new EventIntakeProcessor(input.values().deserializer(), validator,
                        selection.newSelector(), metrics), Named.as(NodeNames.INTAKE));
        Topic<byte[], DeadLetter> deadLetters = topics.deadLetters().limitedBy(limit);
        ForwardedTo.<byte[], DeadLetter>child(intake).to(deadLetters.name(), deadLetters.produced(NodeNames.INTAKE_DEAD_LETTERS));

        KStream<Object, Object> scoring = ForwardedTo.<byte[], Event>child(intake)
                .process(new BatchScoringSupplier(card, filter, scorers, config.windows(), config.windowMaxKeys(),
                        config.batchSize(), config.batchMaxDelay(), metrics), Named.as(NodeNames.SCORE));
        ForwardedTo.<byte[], DeadLetter>child(scoring).to(deadLetters.name(),
                deadLetters.produced(NodeNames.SCORE_DEAD_LETTERS));
        // one serde for both sinks, so an accepted event is encoded once (EncodeOnceSerde)
        Serde<ScoredEvent> scoredValues = EncodeOnceSerde.of(topics.scored().limitedBy(limit).values());
        Topic<byte[], ScoredEvent> scoredOut = topics.scored().limitedBy(limit).withValues(scoredValues);
        Topic<byte[], ScoredEvent> anomalies = topics.anomalies().limitedBy(limit).withValues(scoredValues);
        ForwardedTo.<byte[], ScoredEvent>child(scoring).to(scoredOut.name(), scoredOut.produced(NodeNames.SCORED));
        ForwardedTo.<byte[], ScoredEvent>child(scoring).to(anomalies.name(), anomalies.produced(NodeNames.ANOMALIES));

        KStream<String, WindowUpdate> windowUpdates = ForwardedTo.<String, WindowUpdate>child(scoring)
                .peek((key, update) -> { }, Named.as(NodeNames.WINDOW_UPDATES));
        WindowStage.attach(windowUpdates, config.windows(), config.topicPartitions(), config.windowIdleClose(),
                config.windowMaxKeys(), limit, topics.windows().limitedBy(limit),
                listeners, expectedSpectra(card), registry);
        return builder.build();
    }

    /** The card's expected mass spectra by its model id; none for a card written before them. */
    private static Map<String, ExpectedSpectra> expectedSpectra(ModelCard card) {
        ExpectedSpectra spectra = card.thresholds().expectedSpectra();
        return spectra == null ? Map.of() : Map.of(card.modelId(), spectra);
    }
}
