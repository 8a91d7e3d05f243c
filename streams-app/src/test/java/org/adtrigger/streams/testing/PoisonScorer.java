package org.adtrigger.streams.testing;

import java.nio.FloatBuffer;

import org.adtrigger.scoring.BatchScorer;

/**
 * A test-only scorer hook: scores with the wrapped scorer, but throws, as a model call that fails on one event
 * would, when the batch holds an event with E_T^miss of {@value #POISON_MET} GeV (RMM cell [0][0] = E_T^miss/√s
 * with √s = 13 TeV, in every layout). The failure depends on the event only, like a data-dependent bug.
 */
public final class PoisonScorer implements BatchScorer {
    /** E_T^miss [GeV] of an event the scorer fails on. */
    public static final float POISON_MET = 6666f;
    private static final float POISON_CELL = (float) (POISON_MET / 13000.0);

    private final BatchScorer scorer;

    public PoisonScorer(BatchScorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public int inputWidth() {
        return scorer.inputWidth();
    }

    @Override
    public int maxBatch() {
        return scorer.maxBatch();
    }

    @Override
    public FloatBuffer input() {
        return scorer.input();
    }

    @Override
    public void score(int n, float[] scores) {
        for (int k = 0; k < n; k++) {
            if (Math.abs(scorer.input().get(k * inputWidth()) - POISON_CELL) < 1e-6f) {
                throw new IllegalStateException("model call failed on the event at batch row " + k);
            }
        }
        scorer.score(n, scores);
    }

    @Override
    public void close() {
        scorer.close();
    }
}
