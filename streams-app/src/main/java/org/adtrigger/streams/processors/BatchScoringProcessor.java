package org.adtrigger.streams.processors;

import java.nio.FloatBuffer;
import java.time.Duration;

import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.scoring.BatchScorer;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Buffers selected events and scores them in batches: a batch is scored when it reaches the batch size,
 * or by a wall-clock punctuator every {@code batch.max.delay.ms}, so no event waits longer than that
 * (plus the stream thread's loop latency). Each output keeps its input's key and timestamp.
 *
 * <h2>Crash safety</h2>
 * The buffer lives in a changelogged state store ({@link PendingBatch}), not only in memory. Under
 * {@code exactly_once_v2} a task commit is one Kafka transaction holding the outputs forwarded since the
 * previous commit, the buffer's changelog writes (newly buffered events, tombstones of scored ones) and
 * the consumed input offsets. A crash aborts the open transaction: its outputs never reach
 * {@code read_committed} readers, the restarted task restores the buffer as it was committed and
 * re-reads the input from the committed offsets. At the last commit every input was either already
 * output in a committed transaction, or in the committed buffer, or beyond the committed offset, so after
 * the restart each is output exactly once.
 *
 * <p>The alternative, an in-memory buffer flushed on commit, is not possible with this API: processors get
 * no callback on commit, and commits happen on {@code commit.interval.ms}, on rebalances and on shutdown,
 * independently of the punctuator; a commit that covered the offsets of events still in memory would
 * lose them on a crash.
 */
public final class BatchScoringProcessor implements Processor<byte[], Event, byte[], ScoredEvent> {
    private final String storeName;
    private final ScorerFactory scorers;
    private final RmmBuilder rmm;
    private final EventTagger tagger;
    private final int batchSize;
    private final Duration maxDelay;
    private final TriggerMetrics metrics;
    private ProcessorContext<byte[], ScoredEvent> context;
    private PendingBatch pending;
    private BatchScorer scorer;
    private float[] scores;

    BatchScoringProcessor(String storeName, ScorerFactory scorers, RmmBuilder rmm, EventTagger tagger,
                          int batchSize, Duration maxDelay, TriggerMetrics metrics) {
        this.storeName = storeName;
        this.scorers = scorers;
        this.rmm = rmm;
        this.tagger = tagger;
        this.batchSize = batchSize;
        this.maxDelay = maxDelay;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<byte[], ScoredEvent> context) {
        this.context = context;
        this.pending = new PendingBatch(context.getStateStore(storeName));
        this.scorer = scorers.create();
        if (scorer.inputWidth() != rmm.layout().cells()) {
            throw new IllegalStateException("scorer takes " + scorer.inputWidth() + " cells per event but RMM "
                    + rmm.layout().spec() + " has " + rmm.layout().cells());
        }
        if (scorer.maxBatch() < batchSize) {
            throw new IllegalStateException("batch.size " + batchSize + " exceeds the scorer's maximum batch " + scorer.maxBatch());
        }
        this.scores = new float[batchSize];
        // Also scores, on the first tick, whatever a restart restored into the buffer.
        context.schedule(maxDelay, PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<byte[], Event> record) {
        pending.add(new BufferedEvent(record.key(), record.value(), record.timestamp()));
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    private void flush() {
        int total = pending.size();
        // More than one batch is pending only after a restart with a smaller batch.size.
        for (int from = 0; from < total; from += batchSize) {
            scoreAndForward(from, Math.min(batchSize, total - from));
        }
        pending.clear();
    }

    private void scoreAndForward(int from, int n) {
        long start = System.nanoTime();
        FloatBuffer input = scorer.input();
        int width = scorer.inputWidth();
        for (int k = 0; k < n; k++) {
            rmm.build(pending.get(from + k).event(), input, k * width);
        }
        long inferenceStart = System.nanoTime();
        scorer.score(n, scores);
        metrics.inference(System.nanoTime() - inferenceStart);
        long now = context.currentSystemTimeMs();
        for (int k = 0; k < n; k++) {
            BufferedEvent buffered = pending.get(from + k);
            ScoredEvent scored = tagger.tag(buffered.event(), scores[k], buffered.timestamp());
            metrics.scored(scored.getTier());
            metrics.lag(now - buffered.timestamp());
            context.forward(new Record<>(buffered.key(), scored, buffered.timestamp()));
        }
        metrics.batch(n, System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (scorer != null) {
            scorer.close();
        }
    }
}
