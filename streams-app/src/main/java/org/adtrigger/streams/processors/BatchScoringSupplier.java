package org.adtrigger.streams.processors;

import java.time.Duration;
import java.util.Set;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.schema.Event;
import org.adtrigger.streams.commit.PreCommitHook;
import org.adtrigger.streams.window.ModelExpectation;
import org.adtrigger.streams.window.TaskWindowTallies;
import org.adtrigger.streams.window.TumblingWindows;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/** Makes one {@link BatchScoringProcessor} per task, each with its own {@link PreCommitHook}. */
public final class BatchScoringSupplier implements ProcessorSupplier<byte[], Event, Object, Object> {
    /** Name of the scoring tasks' pre-commit hook (a store without data or changelog). */
    public static final String PRE_COMMIT_HOOK = "score-pre-commit";

    private final ModelCard card;
    private final ScorerFactory scorers;
    private final TumblingWindows windows;
    private final ModelExpectation model;
    private final int windowMaxKeys;
    private final int batchSize;
    private final Duration maxDelay;
    private final TriggerMetrics metrics;
    private final AcceptFilter filter;

    public BatchScoringSupplier(ModelCard card, AcceptFilter filter, ScorerFactory scorers, TumblingWindows windows,
                                int windowMaxKeys,
                                int batchSize, Duration maxDelay, TriggerMetrics metrics) {
        this.card = card;
        this.filter = filter;
        this.scorers = scorers;
        this.windows = windows;
        this.model = ModelExpectation.of(card);
        this.windowMaxKeys = windowMaxKeys;
        this.batchSize = batchSize;
        this.maxDelay = maxDelay;
        this.metrics = metrics;
        // Fails here, while the topology is built, on a card whose features this software cannot build.
        card.features().newRmmBuilder();
    }

    @Override
    public Processor<byte[], Event, Object, Object> get() {
        // the RMM the model was trained on, as its card describes it; a builder is not thread-safe: one per task
        return new BatchScoringProcessor(PRE_COMMIT_HOOK, scorers, card.features().newRmmBuilder(), new EventTagger(card, filter),
                partition -> new TaskWindowTallies(windows, partition, model, windowMaxKeys), batchSize, maxDelay,
                metrics);
    }

    @Override
    public Set<StoreBuilder<?>> stores() {
        return Set.of(PreCommitHook.builder(PRE_COMMIT_HOOK));
    }
}
