package org.adtrigger.streams.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BurstIntervalTest {
    private final BurstInterval burst = new BurstInterval(20_000, 40_000);

    @Test
    void aWindowOverlapsWhenItSharesAnyMillisecond() {
        assertThat(burst.overlaps(15_000, 20_000)).isFalse();
        assertThat(burst.overlaps(15_000, 20_001)).isTrue();
        assertThat(burst.overlaps(25_000, 30_000)).isTrue();
        assertThat(burst.overlaps(39_999, 45_000)).isTrue();
        assertThat(burst.overlaps(40_000, 45_000)).isFalse();
    }

    @Test
    void refusesAnIntervalThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new BurstInterval(2, 1)).hasMessageContaining("before it starts");
    }
}
