package org.adtrigger.trainer.study;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * A change made to one event's raw RMM cells (row-major, {@code size × size}) just before it is scored: the
 * shuffle and dummy studies' synthetic anomalies. Randomness comes only from the generator passed in, so a
 * seeded generator makes a study reproducible.
 */
public interface CellTransform {
    /** Leaves the cells as they are. */
    CellTransform NONE = (cells, size, random) -> { };

    /** Changes {@code cells} (length {@code size²}) in place. */
    void apply(float[] cells, int size, RandomGenerator random);

    /**
     * @return {@code fraction}
     * @throws IllegalArgumentException naming {@code what} when the fraction is outside [0, 1]
     */
    static double fraction(double fraction, String what) {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException(what + " fraction must be in [0, 1], got " + fraction);
        }
        return fraction;
    }

    /**
     * The first {@code k} entries of a random selection of {@code k} distinct values of 0..n−1 (a partial
     * Fisher–Yates shuffle of the identity), in random order.
     */
    static int[] distinctIndices(int n, int k, RandomGenerator random) {
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = indices[i];
            indices[i] = indices[j];
            indices[j] = t;
        }
        return Arrays.copyOf(indices, k);
    }
}
