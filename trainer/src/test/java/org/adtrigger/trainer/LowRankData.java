package org.adtrigger.trainer;

import java.util.Random;
import org.adtrigger.trainer.data.InMemoryBatchSource;

/**
 * Synthetic events that an autoencoder can learn: each row is a random point of a fixed low-dimensional
 * subspace (rank {@code rank}) plus a little noise, with the last {@code deadCells} cells always zero, like
 * RMM cells of objects that never occur.
 */
public final class LowRankData {
    private final float[][] mixing;
    private final int deadCells;
    private final double noise;

    public LowRankData(int width, int rank, int deadCells, double noise, long seed) {
        Random r = new Random(seed);
        this.mixing = new float[rank][width];
        for (float[] row : mixing) {
            for (int c = 0; c < width - deadCells; c++) {
                row[c] = (float) r.nextGaussian();
            }
        }
        this.deadCells = deadCells;
        this.noise = noise;
    }

    public float[][] rows(int n, long seed) {
        Random r = new Random(seed);
        int width = mixing[0].length;
        float[][] rows = new float[n][width];
        for (float[] row : rows) {
            for (float[] direction : mixing) {
                float z = (float) r.nextGaussian();
                for (int c = 0; c < width; c++) {
                    row[c] += z * direction[c];
                }
            }
            for (int c = 0; c < width - deadCells; c++) {
                row[c] += (float) (noise * r.nextGaussian());
            }
        }
        return rows;
    }

    /** Weight 1 for every event. */
    public static float[] unitWeights(int n) {
        float[] w = new float[n];
        java.util.Arrays.fill(w, 1f);
        return w;
    }

    public InMemoryBatchSource source(int n, long seed, int batchSize) {
        return new InMemoryBatchSource(rows(n, seed), unitWeights(n), batchSize);
    }
}
