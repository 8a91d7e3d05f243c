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
import org.adtrigger.streams.processors.Intake;
import org.adtrigger.streams.processors.ScorerFactory;
import org.adtrigger.streams.processors.ScoringOutput;
import org.adtrigger.streams.processors.SelectionProcessor;
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
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * Wires the streaming trigger:
 * <pre>
 * events (bytes) ─► intake: decode + validate ─► bad: events.dlq (DeadLetter, stage INTAKE)
 *                                             └► select (card's preset) ─► batch buffer + RMM + score
 *    ─► events.dlq (events that failed RMM building, scoring or tallying alone: stage RMM, SCORING, WINDOW)
 *    ─► scored-events (every selected event)
 *    ─► anomalies (accepted by the operating point, anomaly.operating.point)
 *    └► per-task window tallies (ALL / SAMPLE / RUN), one partial per window and key per commit
 *       ─► window-partials (repartition by key) ─► merge ─► window-summaries + gauges + listeners
 * </pre>
 * Keys are the input's (bytes, passed through) on every per-event topic; window summaries are keyed by
 * {@code TYPE:name}. Start the result with {@code new KafkaStreams(topology, config.streamsProperties())}: those
 * properties install the exception handlers that dead-letter an input whose processing in any other node
 * (selection, window stage) or whose output or internal record fails ({@code org.adtrigger.streams.errors}).
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
        KStream<byte[], Intake> intake = builder
                .stream(input.name(), input.rawValues().consumed("events-source"))
                .process(() -> new EventIntakeProcessor(input.values().deserializer(), validator, metrics),
                        Named.as("intake"));

        KStream<byte[], Event> events = intake.filterNot((key, in) -> in.isDeadLetter(), Named.as("valid-events"))
                .mapValues(Intake::event, Named.as("event-values"));
        KStream<byte[], ScoringOutput> scoring = events
                .processValues(() -> new SelectionProcessor(selection.newSelector(), metrics), Named.as("select"))
                .process(new BatchScoringSupplier(card, filter, scorers, config.windows(), config.windowMaxKeys(),
                        config.batchSize(), config.batchMaxDelay(), metrics), Named.as("score"));

        KStream<byte[], DeadLetter> scoringFailures = scoring.filter((key, out) -> out.isDeadLetter(), Named.as("score-failures"))
                .mapValues(ScoringOutput::deadLetter, Named.as("score-failure-values"));
        Topic<byte[], DeadLetter> deadLetters = topics.deadLetters().limitedBy(limit);
        intake.filter((key, in) -> in.isDeadLetter(), Named.as("dead-letters"))
                .mapValues(Intake::deadLetter, Named.as("dead-letter-values"))
                .merge(scoringFailures, Named.as("all-dead-letters"))
                .to(deadLetters.name(), deadLetters.produced("dead-letter-sink"));

        KStream<byte[], ScoredEvent> scored = scoring.filter((key, out) -> out.isScoredEvent(), Named.as("scored-outputs"))
                .mapValues(ScoringOutput::event, Named.as("scored-values"));
        // one serde for both sinks, so an accepted event is encoded once (EncodeOnceSerde)
        Serde<ScoredEvent> scoredValues = EncodeOnceSerde.of(topics.scored().limitedBy(limit).values());
        Topic<byte[], ScoredEvent> scoredOut = topics.scored().limitedBy(limit).withValues(scoredValues);
        Topic<byte[], ScoredEvent> anomalies = topics.anomalies().limitedBy(limit).withValues(scoredValues);
        scored.to(scoredOut.name(), scoredOut.produced("scored-sink"));
        scored.filter((key, event) -> event.getAccepted(), Named.as("anomaly-filter"))
                .to(anomalies.name(), anomalies.produced("anomalies-sink"));

        KStream<String, WindowUpdate> windowUpdates = scoring
                .filter((key, out) -> out.isWindowUpdate(), Named.as("window-outputs"))
                .map((key, out) -> KeyValue.pair(out.windowKey(), out.update()), Named.as("window-keys"));
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
