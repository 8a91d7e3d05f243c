package org.adtrigger.trainer.study;

import java.nio.FloatBuffer;
import java.util.random.RandomGenerator;
import org.adtrigger.scoring.BatchScorer;

/**
 * A {@link BatchScorer} that applies a {@link CellTransform} to every event's cells in the input buffer and
 * then lets the real scorer score them: the distortion happens between the RMM builder and the model,
 * exactly where a detector or software fault would corrupt the features.
 */
final class TransformingScorer implements BatchScorer {
    private final BatchScorer delegate;
    private final CellTransform transform;
    private final RandomGenerator random;
    private final int size;
    private final float[] cells;

    /** @param size the RMM's rows (the delegate's input width must be size²) */
    TransformingScorer(BatchScorer delegate, CellTransform transform, RandomGenerator random, int size) {
        if (size * size != delegate.inputWidth()) {
            throw new IllegalArgumentException("a " + size + "×" + size + " matrix does not fill the model's "
                    + delegate.inputWidth() + " inputs");
        }
        this.delegate = delegate;
        this.transform = transform;
        this.random = random;
        this.size = size;
        this.cells = new float[delegate.inputWidth()];
    }

    @Override
    public int inputWidth() {
        return delegate.inputWidth();
    }

    @Override
    public int maxBatch() {
        return delegate.maxBatch();
    }

    @Override
    public FloatBuffer input() {
        return delegate.input();
    }

    @Override
    public void score(int n, float[] scores) {
        FloatBuffer input = delegate.input();
        for (int k = 0; k < n; k++) {
            input.get(k * cells.length, cells);
            transform.apply(cells, size, random);
            input.put(k * cells.length, cells);
        }
        delegate.score(n, scores);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
