package org.adtrigger.trainer.evaluate;

import java.util.Iterator;
import java.util.function.LongConsumer;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.schema.Event;

/**
 * Scores a stream of selected events in batches through the stream's own {@link BatchScorer} (so the report
 * measures exactly what the trigger would do) and records each event's score next to its E_T^miss baseline.
 *
 * <p>The RMM is written straight into the scorer's input buffer. Events may be reused records, so what the
 * table needs from an event (sample, weight, E_T^miss) is copied while the batch is filled.
 */
public final class EventScoring {
    private final BatchScorer scorer;
    private final RmmBuilder builder;
    private final String[] samples;
    private final double[] weights;
    private final double[] mets;
    private final float[] scores;

    public EventScoring(BatchScorer scorer, RmmBuilder builder) {
        this.scorer = scorer;
        this.builder = builder;
        int batch = scorer.maxBatch();
        samples = new String[batch];
        weights = new double[batch];
        mets = new double[batch];
        scores = new float[batch];
    }

    /**
     * Scores every event into {@code table}, each weight multiplied by {@code weightFactor} (the luminosity
     * and split corrections), and reports the running event count to {@code progress} after each batch.
     *
     * @throws IllegalStateException when the model returns a non-finite score
     */
    public void scoreAll(Iterator<Event> events, double weightFactor, ScoredEvents table, LongConsumer progress) {
        int width = scorer.inputWidth();
        long done = 0;
        while (events.hasNext()) {
            int n = 0;
            while (n < samples.length && events.hasNext()) {
                Event event = events.next();
                builder.build(event, scorer.input(), n * width);
                samples[n] = event.getSample();
                weights[n] = event.getWeight() * weightFactor;
                mets[n] = event.getMetEt();
                n++;
            }
            scorer.score(n, scores);
            for (int k = 0; k < n; k++) {
                if (!Float.isFinite(scores[k])) {
                    throw new IllegalStateException("the model scored an event of sample " + samples[k] + " as "
                            + scores[k]);
                }
                table.add(samples[k], weights[k], scores[k], mets[k]);
            }
            done += n;
            progress.accept(done);
        }
    }
}
