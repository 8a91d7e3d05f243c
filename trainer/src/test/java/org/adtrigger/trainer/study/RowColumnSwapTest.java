package org.adtrigger.trainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RowColumnSwapTest {
    @Test
    void swappingTwoIndicesSwapsTheirRowsAndColumns() {
        float[] m = {
                0, 1, 2,
                3, 4, 5,
                6, 7, 8};
        RowColumnSwap.swap(m, 3, 0, 2);
        // M'[i][j] = M[p(i)][p(j)] with p = (0 2): the corners and the middle row/column exchange ends
        assertThat(m).containsExactly(
                8, 7, 6,
                5, 4, 3,
                2, 1, 0);
    }

    @Test
    void swappingNeighboursKeepsTheDiagonalOnTheDiagonal() {
        float[] m = {
                1, 2, 3,
                4, 5, 6,
                7, 8, 9};
        RowColumnSwap.swap(m, 3, 1, 2);
        assertThat(m).containsExactly(
                1, 3, 2,
                7, 9, 8,
                4, 6, 5);
    }

    @Test
    void swapsTheStatedNumberOfPairs() {
        int size = 23;
        float[] before = new float[size * size];
        for (int i = 0; i < size; i++) {
            before[i * size + i] = i + 1;       // a distinct diagonal shows which indices moved
        }
        // round(fraction × 11) pairs: 0.1 → 1, 0.5 → 6 (5.5 rounds up), 1 → 11 (22 of 23 rows)
        double[] fractions = {0.1, 0.5, 1};
        int[] pairs = {1, 6, 11};
        for (int f = 0; f < fractions.length; f++) {
            float[] after = before.clone();
            new RowColumnSwap(fractions[f]).apply(after, size, new Random(3));
            int moved = 0;
            for (int i = 0; i < size; i++) {
                if (after[i * size + i] != before[i * size + i]) {
                    moved++;
                }
            }
            assertThat(moved).as("fraction " + fractions[f]).isEqualTo(2 * pairs[f]);
            float[] sorted = after.clone();
            float[] expected = before.clone();
            Arrays.sort(sorted);
            Arrays.sort(expected);
            assertThat(sorted).containsExactly(expected);
        }
    }
}
