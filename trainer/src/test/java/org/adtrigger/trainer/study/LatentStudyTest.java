package org.adtrigger.trainer.study;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatentStudyTest {
    private static LatentStudy.Row row(int latent, double loss) {
        return new LatentStudy.Row(latent, loss, List.of());
    }

    @Test
    void choosesTheSmallestSizeWithinTheToleranceOfTheBestLoss() {
        List<LatentStudy.Row> rows = List.of(row(4, 10.0), row(8, 5.2), row(16, 5.0), row(32, 5.1));
        // best 5.0: within 5 % means ≤ 5.25, which 8 (5.2) meets first; within 1 % (≤ 5.05) only 16 does
        assertThat(LatentStudy.choose(rows, 0.05)).isEqualTo(8);
        assertThat(LatentStudy.choose(rows, 0.01)).isEqualTo(16);
        assertThat(LatentStudy.choose(rows, 1.0)).isEqualTo(4);
    }

    @Test
    void theOrderOfTheRowsDoesNotMatter() {
        List<LatentStudy.Row> rows = List.of(row(64, 3.0), row(2, 9.0), row(16, 3.1));
        assertThat(LatentStudy.choose(rows, 0.05)).isEqualTo(16);
    }
}
