package org.adtrigger.streams.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.function.IntConsumer;

import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.scoring.BatchScorer;

/**
 * A deterministic stand-in for the model: an event's score is its RMM cell [0][0] times √s = 13 TeV, i.e.
 * its E_T^miss in GeV (0 below the 30 GeV threshold), so tests can choose scores through the events.
 * Reports every batch size to a callback before scoring it.
 */
public final class MetScorer implements BatchScorer {
    private static final float SQRT_S = 13000f;

    private final int width;
    private final int maxBatch;
    private final FloatBuffer input;
    private final IntConsumer onBatch;

    public MetScorer(RmmLayout layout, int maxBatch, IntConsumer onBatch) {
        this.width = layout.cells();
        this.maxBatch = maxBatch;
        this.input = ByteBuffer.allocateDirect(Float.BYTES * width * maxBatch).order(ByteOrder.nativeOrder()).asFloatBuffer();
        this.onBatch = onBatch;
    }

    @Override
    public int inputWidth() {
        return width;
    }

    @Override
    public int maxBatch() {
        return maxBatch;
    }

    @Override
    public FloatBuffer input() {
        return input;
    }

    @Override
    public void score(int n, float[] scores) {
        if (n < 0 || n > maxBatch) {
            throw new IllegalArgumentException("batch of " + n + " outside 0.." + maxBatch);
        }
        onBatch.accept(n);
        for (int k = 0; k < n; k++) {
            scores[k] = input.get(k * width) * SQRT_S;
        }
    }

    @Override
    public void close() {
    }
}
