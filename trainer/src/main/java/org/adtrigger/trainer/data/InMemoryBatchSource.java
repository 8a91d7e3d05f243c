package org.adtrigger.trainer.data;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Batches cut from rows already in memory, in order; the last batch may be shorter. */
public final class InMemoryBatchSource implements BatchSource {
    private final float[][] rows;
    private final float[] weights;
    private final int batchSize;

    public InMemoryBatchSource(float[][] rows, float[] weights, int batchSize) {
        if (rows.length != weights.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + weights.length + " weights");
        }
        if (batchSize <= 0) {
            throw new IllegalArgumentException("batch size must be positive, got " + batchSize);
        }
        this.rows = rows;
        this.weights = weights;
        this.batchSize = batchSize;
    }

    @Override
    public Stream<Batch> batches() {
        int count = (rows.length + batchSize - 1) / batchSize;
        return IntStream.range(0, count).mapToObj(i -> {
            int from = i * batchSize;
            int to = Math.min(rows.length, from + batchSize);
            return new Batch(Arrays.copyOfRange(rows, from, to), Arrays.copyOfRange(weights, from, to));
        });
    }
}
