package org.adtrigger.benchmarks.training;

import java.util.Random;

/**
 * Rows shaped like T4N6655 RMM rows for throughput measurements: 529 cells, every cell non-zero somewhere (so
 * the mask keeps them all and the network is the full 529-wide one), values in [0, 1) from a few shared
 * directions plus noise. Arithmetic cost does not depend on the values, only on the widths.
 */
public final class SyntheticRmmRows {
    static final int WIDTH = 529;

    private SyntheticRmmRows() {
    }

    public static float[][] rows(int n, long seed) {
        Random random = new Random(seed);
        float[][] directions = new float[4][WIDTH];
        for (float[] d : directions) {
            for (int c = 0; c < WIDTH; c++) {
                d[c] = random.nextFloat() / directions.length;
            }
        }
        float[][] rows = new float[n][WIDTH];
        for (float[] row : rows) {
            for (float[] d : directions) {
                float z = random.nextFloat();
                for (int c = 0; c < WIDTH; c++) {
                    row[c] += z * d[c];
                }
            }
            for (int c = 0; c < WIDTH; c++) {
                row[c] = Math.min(0.999f, Math.max(1e-4f, row[c] + 0.01f * (float) random.nextGaussian()));
            }
        }
        return rows;
    }

    /** MC-like weights: positive, spread over a factor of three. */
    static float[] weights(int n, long seed) {
        Random random = new Random(seed);
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = 0.5f + random.nextFloat();
        }
        return w;
    }
}
