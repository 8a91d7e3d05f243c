package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TierThresholdsTest {

    private static final double[] FIVE_EQUAL = {1, 1, 1, 1, 1};

    @Test
    void linearTiersAtOnePointTwoFourSixTimesTheMedian() {
        TierThresholds t = TierThresholds.fromBackground(new double[] {5, 1, 4, 2, 3}, FIVE_EQUAL, ScoreScale.SCORE);
        assertThat(t.median()).isEqualTo(3.0);
        assertThat(t.threshold(1)).isCloseTo(3.6, within(1e-12));
        assertThat(t.threshold(2)).isCloseTo(4.2, within(1e-12));
        assertThat(t.threshold(3)).isCloseTo(4.8, within(1e-12));
    }

    @Test
    void weightsEnterTheMedian() {
        // Weight 4 on the score 1 pulls the median towards it: positions 0.25 (1), 0.625 (2), 0.875 (3).
        TierThresholds t = TierThresholds.fromBackground(new double[] {1, 2, 3}, new double[] {4, 2, 2},
                ScoreScale.SCORE);
        assertThat(t.median()).isCloseTo(1.0 + (0.5 - 0.25) / 0.375, within(1e-12));
    }

    @Test
    void logScaleTakesTheMedianOfTheLogarithm() {
        // ln scores 0 and 2: the log-median is 1, whereas ln of the linear median (1 + e²)/2 would be 1.43.
        TierThresholds t = TierThresholds.fromBackground(new double[] {1.0, Math.exp(2.0)}, new double[] {1, 1},
                ScoreScale.LOG_SCORE);
        assertThat(t.median()).isCloseTo(1.0, within(1e-12));
        assertThat(t.threshold(2)).isCloseTo(1.4, within(1e-12));
        assertThat(t.scoreThreshold(2)).isCloseTo(Math.exp(1.4), within(1e-9));
    }

    @Test
    void negativeLogMedianStillPutsTiersAboveIt() {
        // Scores below 1, as for a reconstruction error: ln scores −3..1, median −1, thresholds −0.8, −0.6, −0.4.
        double[] scores = {Math.exp(-3), Math.exp(-2), Math.exp(-1), 1.0, Math.E};
        TierThresholds t = TierThresholds.fromBackground(scores, FIVE_EQUAL, ScoreScale.LOG_SCORE);
        assertThat(t.median()).isCloseTo(-1.0, within(1e-12));
        assertThat(t.threshold(1)).isCloseTo(-0.8, within(1e-12));
        assertThat(t.threshold(3)).isCloseTo(-0.4, within(1e-12));
    }

    @Test
    void degenerateInputsAreRefused() {
        assertThatThrownBy(() -> TierThresholds.fromBackground(new double[] {0.0, 1.0}, new double[] {1, 1},
                ScoreScale.LOG_SCORE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> TierThresholds.fromBackground(new double[] {0, 0, 1}, new double[] {1, 1, 1},
                ScoreScale.SCORE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TierThresholds(ScoreScale.SCORE, 1.0).threshold(4))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
