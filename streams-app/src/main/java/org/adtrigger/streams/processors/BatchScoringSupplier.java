package org.adtrigger.streams.processors;

import java.time.Duration;
import java.util.Set;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/** Makes one {@link BatchScoringProcessor} per task, and declares the buffer store they share by name. */
public final class BatchScoringSupplier implements ProcessorSupplier<byte[], Event, byte[], ScoredEvent> {
    /** Name of the batch buffer store; its changelog topic is {@code <application.id>-score-buffer-changelog}. */
    public static final String BUFFER_STORE = "score-buffer";

    private final ModelCard card;
    private final ScorerFactory scorers;
    private final int batchSize;
    private final Duration maxDelay;
    private final TriggerMetrics metrics;

    public BatchScoringSupplier(ModelCard card, ScorerFactory scorers, int batchSize, Duration maxDelay,
                                TriggerMetrics metrics) {
        this.card = card;
        this.scorers = scorers;
        this.batchSize = batchSize;
        this.maxDelay = maxDelay;
        this.metrics = metrics;
        // Fails here, while the topology is built, on a card whose features this software cannot build.
        card.features().newRmmBuilder();
    }

    @Override
    public Processor<byte[], Event, byte[], ScoredEvent> get() {
        // the RMM the model was trained on, as its card describes it; a builder is not thread-safe: one per task
        return new BatchScoringProcessor(BUFFER_STORE, scorers, card.features().newRmmBuilder(), new EventTagger(card),
                batchSize, maxDelay, metrics);
    }

    /**
     * In memory with a changelog: the buffer is small, and an in-memory store is restored from the
     * changelog after any crash anyway. Cached, because between two commits each slot is rewritten by many
     * batches and only its last state needs to reach the changelog.
     */
    @Override
    public Set<StoreBuilder<?>> stores() {
        StoreBuilder<KeyValueStore<Integer, BufferedEvent>> buffer = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(BUFFER_STORE), Serdes.Integer(), new BufferedEventSerde())
                .withCachingEnabled();
        return Set.of(buffer);
    }
}
