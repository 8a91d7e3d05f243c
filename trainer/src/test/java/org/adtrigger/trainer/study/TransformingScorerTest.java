package org.adtrigger.trainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.FloatBuffer;
import java.util.Random;
import org.adtrigger.scoring.BatchScorer;
import org.junit.jupiter.api.Test;

class TransformingScorerTest {
    /** Scores an event by its first cell, so the test sees what the model was given. */
    private static final class FirstCellScorer implements BatchScorer {
        private final FloatBuffer input = FloatBuffer.allocate(3 * 4);
        boolean closed;

        @Override
        public int inputWidth() {
            return 4;
        }

        @Override
        public int maxBatch() {
            return 3;
        }

        @Override
        public FloatBuffer input() {
            return input;
        }

        @Override
        public void score(int n, float[] scores) {
            for (int k = 0; k < n; k++) {
                scores[k] = input.get(k * 4);
            }
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void theModelSeesTheTransformedCellsOfTheScoredEventsOnly() {
        FirstCellScorer model = new FirstCellScorer();
        // 2×2 matrices; swapping index 0 with 1 moves cell [1][1] to [0][0]
        CellTransform swap = (cells, size, random) -> RowColumnSwap.swap(cells, size, 0, 1);
        try (TransformingScorer scorer = new TransformingScorer(model, swap, new Random(1), 2)) {
            scorer.input().put(0, new float[] {1, 2, 3, 4, 10, 20, 30, 40, 7, 7, 7, 9});
            float[] scores = new float[3];
            scorer.score(2, scores);
            assertThat(scores).containsExactly(4f, 40f, 0f);
            assertThat(scorer.input().get(8)).as("the third event was not scored, so not touched").isEqualTo(7f);
        }
        assertThat(model.closed).isTrue();
    }

    @Test
    void refusesAMatrixThatDoesNotFillTheInput() {
        assertThatThrownBy(() -> new TransformingScorer(new FirstCellScorer(), CellTransform.NONE, new Random(1), 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3×3");
    }
}
