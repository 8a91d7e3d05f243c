package org.adtrigger.trainer.study;

import java.util.random.RandomGenerator;

/**
 * The shuffle study's distortion: a random {@code fraction} of an event's cells (any of the size² positions,
 * chosen anew per event) exchange their values by a random permutation; the other cells keep theirs. The
 * event keeps its cell values, only their places change, so the autoencoder must notice the structure of
 * the matrix, not unusual values. Fraction 1 scrambles the whole matrix.
 *
 * @param fraction share of the cells that take part, in [0, 1]
 */
public record CellShuffle(double fraction) implements CellTransform {
    public CellShuffle {
        CellTransform.fraction(fraction, "shuffle");
    }

    @Override
    public void apply(float[] cells, int size, RandomGenerator random) {
        int[] chosen = CellTransform.distinctIndices(cells.length, (int) Math.round(fraction * cells.length),
                random);
        float[] values = new float[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            values[i] = cells[chosen[i]];
        }
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            float t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
        for (int i = 0; i < chosen.length; i++) {
            cells[chosen[i]] = values[i];
        }
    }
}
