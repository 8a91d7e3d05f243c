package org.adtrigger.trainer.study;

import java.util.random.RandomGenerator;

/**
 * The dummy study's distortion: random pairs of matrix indices (a, b), covering {@code fraction} of the
 * matrix's rows, have row a swapped with row b and column a with column b, as if the two objects had been
 * written into each other's slots (a muon where a jet belongs, MET among the objects). Every value stays in
 * the matrix, and a diagonal cell stays on the diagonal.
 *
 * @param fraction share of the rows that are swapped, in [0, 1]: round(fraction·⌊size/2⌋) pairs, drawn anew per
 *                 event
 */
public record RowColumnSwap(double fraction) implements CellTransform {
    public RowColumnSwap {
        CellTransform.fraction(fraction, "swap");
    }

    @Override
    public void apply(float[] cells, int size, RandomGenerator random) {
        int pairs = (int) Math.round(fraction * (size / 2));
        int[] chosen = CellTransform.distinctIndices(size, 2 * pairs, random);
        for (int p = 0; p < pairs; p++) {
            swap(cells, size, chosen[2 * p], chosen[2 * p + 1]);
        }
    }

    /** Swaps rows a and b, then columns a and b, of a row-major size × size matrix. */
    static void swap(float[] cells, int size, int a, int b) {
        for (int j = 0; j < size; j++) {
            exchange(cells, a * size + j, b * size + j);
        }
        for (int i = 0; i < size; i++) {
            exchange(cells, i * size + a, i * size + b);
        }
    }

    private static void exchange(float[] cells, int x, int y) {
        float t = cells[x];
        cells[x] = cells[y];
        cells[y] = t;
    }
}
