package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.streams.processors.TriggerMetrics;
import org.adtrigger.streams.window.ClosedWindowCounter;
import org.junit.jupiter.api.Test;

/** The summary {@code run} prints on stop, from the pipeline's counters (golden output). */
class RunTotalsTest {
    private final MeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void readsTheCountersIntoTheStopSummaryWithCumulativeTiers() {
        new TriggerMetrics(registry);
        new ClosedWindowCounter(registry);
        registry.counter(TriggerMetrics.RECEIVED).increment(105);
        registry.counter(TriggerMetrics.DEAD_LETTERED, "reason", "NON_FINITE").increment(3);
        registry.counter(TriggerMetrics.DEAD_LETTERED, "reason", "OVERSIZE").increment(2);
        registry.counter(TriggerMetrics.REJECTED, "reason", "TOO_FEW_LEPTONS").increment(96);
        registry.counter(TriggerMetrics.SELECTED).increment(4);
        registry.counter(TriggerMetrics.SCORED).increment(4);
        registry.counter(TriggerMetrics.TAGGED, "tier", "1").increment(1);
        registry.counter(TriggerMetrics.TAGGED, "tier", "3").increment(2);
        registry.counter(ClosedWindowCounter.EMITTED, "key", "ALL").increment(7);
        registry.counter(ClosedWindowCounter.EMITTED, "key", "SAMPLE").increment(14);

        assertThat(RunTotals.read(registry, "thesis-3lep").lines()).containsExactly(
                "run: 105 events in, 5 dead-lettered (oversize 2, non finite 3), 4 scored",
                "selection 'thesis-3lep': 4 of 100 events passed",
                "events rejected: too few leptons 96 (96.0 %)",
                "hint: 'too few leptons' rejects 96.0 % of the events; no object was removed, so the input has too "
                        + "few objects of the kind the preset needs",
                "tiers: ≥1 3, ≥2 2, ≥3 2",
                "windows emitted: 7 ALL, 14 SAMPLE, 0 RUN");
    }

    @Test
    void anIdleRunSaysZeroEverywhere() {
        new TriggerMetrics(registry);
        new ClosedWindowCounter(registry);

        assertThat(RunTotals.read(registry, "none").lines()).containsExactly(
                "run: 0 events in, 0 dead-lettered, 0 scored",
                "selection 'none': 0 of 0 events passed",
                "tiers: ≥1 0, ≥2 0, ≥3 0",
                "windows emitted: 0 ALL, 0 SAMPLE, 0 RUN");
    }
}
