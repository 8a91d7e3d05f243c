package org.adtrigger.trainer.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SplitAssignmentTest {
    private final SplitAssignment split = new SplitAssignment(0.2);

    @Test
    void consecutiveEventNumbersSplitAboutEightyTwenty() {
        int n = 100_000;
        int validation = 0;
        for (int i = 1; i <= n; i++) {
            validation += split.of(7, i, "ttbar") == Split.VALIDATION ? 1 : 0;
        }
        // binomial standard deviation √(n·0.2·0.8) ≈ 126 events: ±1 % of n is about eight of them
        assertThat(validation / (double) n).isCloseTo(0.2, within(0.01));
    }

    @Test
    void theSameEventAlwaysLandsInTheSameSplit() {
        SplitAssignment other = new SplitAssignment(0.2);
        for (int i = 0; i < 1000; i++) {
            assertThat(other.of(3, i * 7919L, "wjets")).isEqualTo(split.of(3, i * 7919L, "wjets"));
        }
        assertThat(SplitAssignment.hash(1, 2, "zee")).isEqualTo(SplitAssignment.hash(1, 2, "zee"));
    }

    @Test
    void runAndSampleArePartOfTheKey() {
        int differentSample = 0;
        int differentRun = 0;
        for (int i = 0; i < 1000; i++) {
            differentSample += split.of(1, i, "zee") != split.of(1, i, "zmumu") ? 1 : 0;
            differentRun += split.of(1, i, "zee") != split.of(2, i, "zee") ? 1 : 0;
        }
        // independent 80/20 draws disagree with probability 2·0.2·0.8 = 0.32
        assertThat(differentSample).isBetween(250, 390);
        assertThat(differentRun).isBetween(250, 390);
    }
}
