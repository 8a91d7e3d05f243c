package org.adtrigger.trainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CellShuffleTest {
    private static float[] distinct(int n) {
        float[] cells = new float[n];
        for (int i = 0; i < n; i++) {
            cells[i] = i + 1;
        }
        return cells;
    }

    private static int moved(float[] before, float[] after) {
        int moved = 0;
        for (int i = 0; i < before.length; i++) {
            if (before[i] != after[i]) {
                moved++;
            }
        }
        return moved;
    }

    @Test
    void permutesExactlyTheChosenShareOfCellsAndKeepsTheirValues() {
        float[] before = distinct(100);
        for (int seed = 0; seed < 20; seed++) {
            float[] after = before.clone();
            new CellShuffle(0.1).apply(after, 10, new Random(seed));
            // 10 cells take part: at most 10 move (a permutation may leave some in place), none outside them
            assertThat(moved(before, after)).isBetween(0, 10);
            float[] sorted = after.clone();
            Arrays.sort(sorted);
            assertThat(sorted).containsExactly(before);
        }
    }

    @Test
    void aFullShuffleMovesAlmostEveryCell() {
        float[] before = distinct(529);
        float[] after = before.clone();
        new CellShuffle(1).apply(after, 23, new Random(5));
        // a random permutation of n elements has about one fixed point on average
        assertThat(moved(before, after)).isGreaterThan(520);
    }

    @Test
    void zeroChangesNothingAndTheSameSeedGivesTheSameResult() {
        float[] cells = distinct(16);
        new CellShuffle(0).apply(cells, 4, new Random(1));
        assertThat(cells).containsExactly(distinct(16));

        float[] a = distinct(16);
        float[] b = distinct(16);
        new CellShuffle(0.5).apply(a, 4, new Random(9));
        new CellShuffle(0.5).apply(b, 4, new Random(9));
        assertThat(a).containsExactly(b);
        assertThat(a).isNotEqualTo(distinct(16));
    }

    @Test
    void rejectsAFractionOutsideZeroToOne() {
        assertThatThrownBy(() -> new CellShuffle(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CellShuffle(-0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
