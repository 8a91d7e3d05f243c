package org.adtrigger.streams.processors;

import java.nio.FloatBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.streams.commit.NodeScope;
import org.adtrigger.streams.commit.PreCommitHook;
import org.adtrigger.streams.window.TaskWindowTallies;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Buffers selected events and scores them in batches, and tallies the scored events per window and key.
 * A batch is scored when it reaches the batch size, by a wall-clock punctuator every
 * {@code batch.max.delay.ms}, and before every commit of the task. Each scored event keeps its input's key
 * and timestamp. Each output goes straight to the node that takes it ({@link NodeNames}): every scored event to
 * {@link NodeNames#SCORED}, the accepted ones also to {@link NodeNames#ANOMALIES}, dead letters to
 * {@link NodeNames#SCORE_DEAD_LETTERS}, and window partials and progress marks, keyed {@code TYPE:name}, to
 * {@link NodeNames#WINDOW_UPDATES}.
 *
 * <h2>Crash safety without a changelog</h2>
 * The buffer and the window tallies live in memory only. Before the task commits, its {@link PreCommitHook}
 * scores whatever is buffered and forwards it, and drains the tallies as window partials (and the
 * task's progress); so at every
 * commit the buffer and the tallies are empty, and under {@code exactly_once_v2} the transaction that
 * commits an input offset also holds every output of the events before it. A crash aborts the open
 * transaction and loses the memory; the restarted task re-reads the input from the committed offsets, the
 * first event whose output did not commit. Nothing is lost or written twice, and no store is written per
 * event. (The earlier design kept the buffer in a changelogged store: a put and a tombstone per event.)
 *
 * <h2>Failures never stop the task</h2>
 * A batch is scored wherever it fills up, at a deadline or before a commit, where Kafka Streams' processing
 * exception handler cannot name the event at fault (or, before a commit, is not called at all). So the
 * processor handles its own: when building the RMMs or the model call of a batch throws, it scores the
 * batch's events one by one and forwards a dead letter (stage RMM, SCORING or WINDOW, reason PROCESSING_FAILED)
 * for each event that fails alone; the others are scored as usual. An
 * {@link Error} is not caught: it stops the task as a crash does.
 */
public final class BatchScoringProcessor implements Processor<byte[], Event, Object, Object> {
    private final String hookName;
    private final ScorerFactory scorers;
    private final RmmBuilder rmm;
    private final EventTagger tagger;
    private final IntFunction<TaskWindowTallies> newTallies;
    private final int batchSize;
    private final Duration maxDelay;
    private final TriggerMetrics metrics;
    private final List<BufferedEvent> pending = new ArrayList<>();
    private ProcessorContext<Object, Object> context;
    private BatchScorer scorer;
    private float[] scores;
    private TaskWindowTallies windows;
    private NodeScope scope;

    BatchScoringProcessor(String hookName, ScorerFactory scorers, RmmBuilder rmm, EventTagger tagger,
                          IntFunction<TaskWindowTallies> newTallies, int batchSize, Duration maxDelay,
                          TriggerMetrics metrics) {
        this.hookName = hookName;
        this.scorers = scorers;
        this.rmm = rmm;
        this.tagger = tagger;
        this.newTallies = newTallies;
        this.batchSize = batchSize;
        this.maxDelay = maxDelay;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
        this.scorer = scorers.create();
        if (scorer.inputWidth() != rmm.layout().cells()) {
            throw new IllegalStateException("scorer takes " + scorer.inputWidth() + " cells per event but RMM "
                    + rmm.layout().spec() + " has " + rmm.layout().cells());
        }
        if (scorer.maxBatch() < batchSize) {
            throw new IllegalStateException("batch.size " + batchSize + " exceeds the scorer's maximum batch " + scorer.maxBatch());
        }
        this.scores = new float[batchSize];
        // A task revived after a failure is initialised again: start from nothing, as its input does.
        this.pending.clear();
        this.windows = newTallies.apply(context.taskId().partition());
        this.scope = NodeScope.of(context);
        PreCommitHook hook = context.getStateStore(hookName);
        hook.onPreCommit(() -> scope.run(context.currentSystemTimeMs(), this::beforeCommit));
        context.schedule(maxDelay, PunctuationType.WALL_CLOCK_TIME, now -> flush());
    }

    @Override
    public void process(Record<byte[], Event> record) {
        DeadLetters.Origin origin = context.recordMetadata()
                .map(m -> new DeadLetters.Origin(m.topic(), m.partition(), m.offset(), record.timestamp()))
                .orElse(new DeadLetters.Origin("", -1, -1L, record.timestamp()));
        pending.add(new BufferedEvent(record.key(), record.value(), record.timestamp(), origin));
        if (pending.size() >= batchSize) {
            flush();
        }
    }

    /** Leaves nothing in memory that the commit's input offsets cover. */
    private void beforeCommit() {
        flush();
        windows.drain((key, update, recordMs) ->
                context.forward(new Record<>(key, update, recordMs), NodeNames.WINDOW_UPDATES));
    }

    private void flush() {
        if (!pending.isEmpty()) {
            scoreAndForward(pending.size());
            pending.clear();
        }
    }

    private void scoreAndForward(int n) {
        long start = System.nanoTime();
        try {
            FloatBuffer input = scorer.input();
            int width = scorer.inputWidth();
            for (int k = 0; k < n; k++) {
                rmm.build(pending.get(k).event(), input, k * width);
            }
            long inferenceStart = System.nanoTime();
            scorer.score(n, scores);
            metrics.inference(System.nanoTime() - inferenceStart);
        } catch (RuntimeException batchFailure) {
            // One event can spoil a whole model call: score each alone, so that only the events that fail
            // themselves are dead-lettered and the others are scored as usual.
            scoreOneByOne(n);
            metrics.batch(n, System.nanoTime() - start);
            return;
        }
        for (int k = 0; k < n; k++) {
            emit(pending.get(k), scores[k]);
        }
        metrics.batch(n, System.nanoTime() - start);
    }

    private void scoreOneByOne(int n) {
        for (int k = 0; k < n; k++) {
            BufferedEvent buffered = pending.get(k);
            DeadLetterStage stage = DeadLetterStage.RMM;
            try {
                rmm.build(buffered.event(), scorer.input(), 0);
                stage = DeadLetterStage.SCORING;
                scorer.score(1, scores);
            } catch (RuntimeException e) {
                deadLetter(buffered, stage, e);
                continue;
            }
            emit(buffered, scores[0]);
        }
    }

    /** Tags, tallies and forwards one scored event; dead-letters it instead when either fails. */
    private void emit(BufferedEvent buffered, float score) {
        long now = context.currentSystemTimeMs();
        ScoredEvent scored;
        try {
            scored = tagger.tag(buffered.event(), score, buffered.timestamp());
        } catch (RuntimeException e) {
            deadLetter(buffered, DeadLetterStage.SCORING, e);
            return;
        }
        try {
            windows.add(scored, buffered.timestamp());
        } catch (RuntimeException e) {
            deadLetter(buffered, DeadLetterStage.WINDOW, e);
            return;
        }
        metrics.scored(scored.getTier());
        metrics.lag(now - buffered.timestamp());
        boolean accepted = scored.getAccepted();
        forwardAs(buffered, () -> {
            Record<Object, Object> out = new Record<>(buffered.key(), scored, buffered.timestamp());
            context.forward(out, NodeNames.SCORED);
            if (accepted) {
                context.forward(out, NodeNames.ANOMALIES);
            }
        });
    }

    private void deadLetter(BufferedEvent buffered, DeadLetterStage stage, RuntimeException error) {
        metrics.deadLettered(DeadLetterReason.PROCESSING_FAILED);
        // The input's bytes are not at hand after decoding and selection; its coordinates locate it.
        DeadLetter letter = DeadLetters.of(buffered.origin(), buffered.key(), null, DeadLetterReason.PROCESSING_FAILED,
                stage, error);
        forwardAs(buffered, () -> context.forward(new Record<>(buffered.key(), letter, buffered.timestamp()),
                NodeNames.SCORE_DEAD_LETTERS));
    }

    /**
     * Forwards in the record context of the event's own input, as if it had just been read: a batch is
     * scored while another record (or none) is current, and an exception handler downstream must name
     * this event's input.
     */
    private void forwardAs(BufferedEvent buffered, Runnable forwards) {
        DeadLetters.Origin at = buffered.origin();
        scope.runAs(at.timestampMs(), at.topic(), at.partition(), at.offset(), buffered.key(), forwards);
    }

    @Override
    public void close() {
        if (scorer != null) {
            scorer.close();
        }
    }
}
