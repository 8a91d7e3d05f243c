package org.adtrigger.harness.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

import org.adtrigger.harness.soak.SoakSample.Phase;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {
    private static final long MIB = 1024 * 1024;

    /** Readings every 10 s for 100 s; RSS by the given function of the time. */
    private static List<SoakSample> readings(LongUnaryOperator rssMib) {
        List<SoakSample> samples = new ArrayList<>();
        for (long t = 0; t <= 100; t += 10) {
            samples.add(new SoakSample(t, Phase.STEADY, rssMib.applyAsLong(t) * MIB, 50 * MIB + t * MIB, 300 * MIB,
                    1000 * t + 700, 900 * t, t == 50 ? Double.NaN : 4.0 + t / 10.0));
        }
        return samples;
    }

    @Test
    void comparesTheMeanOfTheFirstWindowAfterWarmUpWithTheMeanOfTheLastWindow() {
        // warm-up 20 s, windows 20 s: baseline = readings at 20 and 30 s, end = readings at 90 and 100 s.
        List<SoakSample> samples = readings(t -> t < 20 ? 100 : t <= 30 ? 400 + t : 400 + t);
        SoakVerdict v = SoakVerdict.of(samples, Duration.ofSeconds(20), Duration.ofSeconds(20), 5.0);
        assertThat(v.baselineRssBytes()).isEqualTo(425.0 * MIB);
        assertThat(v.endRssBytes()).isEqualTo(495.0 * MIB);
        assertThat(v.growthPercent()).isCloseTo(70.0 / 425.0 * 100, within(1e-9));
        assertThat(v.passed()).isFalse();
        assertThat(v.baselineHeapAfterGc()).isEqualTo(75.0 * MIB);
        assertThat(v.endHeapAfterGc()).isEqualTo(145.0 * MIB);
        // sent = 1000 t + 700 and received = 900 t: the backlog 100 t + 700 is largest at the last reading
        assertThat(v.maxBacklog()).isEqualTo(10_700);
        assertThat(v.sentPerSecond()).isEqualTo(1000.0);
        assertThat(v.receivedPerSecond()).isEqualTo(900.0);
        // lags after warm-up: 6, 7, 8, (none at 50 s), 10, 11, 12, 13, 14 ms
        assertThat(v.meanEventLagMs()).isCloseTo((6 + 7 + 8 + 10 + 11 + 12 + 13 + 14) / 8.0, within(1e-9));
    }

    @Test
    void growthBelowTheLimitPassesAndTheWarmUpIsLeftOut() {
        // RSS climbs steeply during the warm-up, then by 1 MiB per 10 s from 500 MiB.
        List<SoakSample> samples = readings(t -> t < 20 ? 100 + 10 * t : 500 + t / 10);
        SoakVerdict v = SoakVerdict.of(samples, Duration.ofSeconds(20), Duration.ofSeconds(20), 5.0);
        assertThat(v.growthPercent()).isCloseTo((509.5 - 502.5) / 502.5 * 100, within(1e-9));
        assertThat(v.passed()).isTrue();
        assertThat(v.describe()).contains("PASS").contains("+1.39 %");
    }

    @Test
    void aRunTooShortForWarmUpAndTwoWindowsIsRefused() {
        assertThatThrownBy(() -> SoakVerdict.of(readings(t -> 500), Duration.ofSeconds(70), Duration.ofSeconds(20), 5.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("too short");
    }
}
