package org.adtrigger.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyStepTest {

    @Test
    void summarisesTheLatenciesAndTheRateActuallySent() {
        long[] latencies = new long[200];
        for (int i = 0; i < 200; i++) {
            latencies[i] = i + 1;   // 1..200 ms
        }
        LatencyStep step = LatencyStep.of(50, 1000, 9_000, 10.0, latencies, 0.25);
        assertThat(step.sentRate()).isEqualTo(900.0);
        assertThat(step.outputs()).isEqualTo(200);
        assertThat(step.p50Millis()).isEqualTo(100);   // rank 100
        assertThat(step.p99Millis()).isEqualTo(198);   // rank 198
        assertThat(step.p999Millis()).isEqualTo(200);  // rank ⌈199.8⌉ = 200
        assertThat(step.maxMillis()).isEqualTo(200);
        assertThat(step.jitShare()).isEqualTo(0.25);
    }

    @Test
    void aStepWithoutOutputsIsAnError() {
        assertThatThrownBy(() -> LatencyStep.of(25, 500, 1_000, 2.0, new long[0], 0.0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("25 % step").hasMessageContaining("1000 events sent");
    }
}
