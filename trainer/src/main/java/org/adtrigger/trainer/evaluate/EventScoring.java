package org.adtrigger.trainer.evaluate;

import java.util.Iterator;
import java.util.function.LongConsumer;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.schema.Event;

/**
 * Scores a stream of selected events in batches through the stream's own {@link BatchScorer} (so the report
 * measures exactly what the trigger would do) and records each event's score next to the event's own
 * variables: its E_T^miss baseline for {@code evaluate}, the kinematics {@code compare} plots.
 *
 * <p>The RMM is written straight into the scorer's input buffer. Events may be reused records, so what the
 * table needs from an event (sample, weight, variables) is copied while the batch is filled.
 */
public final class EventScoring {
    /** What is kept of an event besides its score. */
    @FunctionalInterface
    public interface Variables {
        /** Writes the event's variables into {@code into}. */
        void of(Event event, double[] into);
    }

    /** Where each scored row goes. */
    @FunctionalInterface
    public interface Sink {
        /** One scored event; {@code variables} is reused after the call. */
        void add(String sample, double weight, float score, double[] variables);
    }

    /** E_T^miss only: what the evaluation report compares the score with. */
    private static final Variables MET = (event, into) -> into[0] = event.getMetEt();

    private final BatchScorer scorer;
    private final RmmBuilder builder;
    private final Variables variables;
    private final String[] samples;
    private final double[] weights;
    private final double[][] values;
    private final float[] scores;

    /** Keeps E_T^miss next to the score, as {@link ScoredEvents} holds it. */
    public EventScoring(BatchScorer scorer, RmmBuilder builder) {
        this(scorer, builder, MET, 1);
    }

    /** Keeps {@code count} variables of each event, written by {@code variables}. */
    public EventScoring(BatchScorer scorer, RmmBuilder builder, Variables variables, int count) {
        this.scorer = scorer;
        this.builder = builder;
        this.variables = variables;
        int batch = scorer.maxBatch();
        samples = new String[batch];
        weights = new double[batch];
        values = new double[batch][count];
        scores = new float[batch];
    }

    /** Scores every event into {@code table} (score and E_T^miss); see {@link #scoreAll(Iterator, double, Sink, LongConsumer)}. */
    public void scoreAll(Iterator<Event> events, double weightFactor, ScoredEvents table, LongConsumer progress) {
        scoreAll(events, weightFactor, (sample, weight, score, v) -> table.add(sample, weight, score, v[0]),
                progress);
    }

    /**
     * Scores every event into {@code sink}, each weight multiplied by {@code weightFactor} (the luminosity
     * and split corrections), and reports the running event count to {@code progress} after each batch.
     *
     * @throws IllegalStateException when the model returns a non-finite score
     */
    public void scoreAll(Iterator<Event> events, double weightFactor, Sink sink, LongConsumer progress) {
        int width = scorer.inputWidth();
        long done = 0;
        while (events.hasNext()) {
            int n = 0;
            while (n < samples.length && events.hasNext()) {
                Event event = events.next();
                builder.build(event, scorer.input(), n * width);
                samples[n] = event.getSample();
                weights[n] = event.getWeight() * weightFactor;
                variables.of(event, values[n]);
                n++;
            }
            scorer.score(n, scores);
            for (int k = 0; k < n; k++) {
                if (!Float.isFinite(scores[k])) {
                    throw new IllegalStateException("the model scored an event of sample " + samples[k] + " as "
                            + scores[k]);
                }
                sink.add(samples[k], weights[k], scores[k], values[k]);
            }
            done += n;
            progress.accept(done);
        }
    }
}
