package org.adtrigger.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class ThroughputTest {

    @Test
    void ratesWithAndWithoutTheStartUp() {
        Throughput t = new Throughput(10_000, 5.0, 1.0, 2_000, Map.of());
        assertThat(t.eventsPerSecond()).isEqualTo(2_000.0);
        assertThat(t.steadyEventsPerSecond()).isEqualTo(2_000.0);   // 8 000 events in 4 s
        Throughput slowStart = new Throughput(10_000, 5.0, 3.0, 0, Map.of());
        assertThat(slowStart.steadyEventsPerSecond()).isEqualTo(5_000.0);
        assertThat(slowStart.startsUp()).isTrue();
    }

    @Test
    void noSteadyRateWhenEverythingCameOutInTheFirstCommit() {
        assertThat(new Throughput(100, 1.0, 1.0, 100, Map.of()).steadyEventsPerSecond()).isNaN();
    }

    @Test
    void keepsTheSharesInTheirOrderAndAddsMoreAfterThem() {
        Throughput t = new Throughput(1, 1, 0, 0, Map.of("decode", 0.25)).withShares(Map.of("model call", 0.75));
        assertThat(t.timeShares()).containsExactly(Map.entry("decode", 0.25), Map.entry("model call", 0.75));
        assertThat(t.startsUp()).isFalse();
    }

    @Test
    void refusesAnEmptyRun() {
        assertThatThrownBy(() -> new Throughput(0, 1, 0, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Throughput(5, 0, 0, 0, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
