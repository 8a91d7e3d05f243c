package org.adtrigger.streams.topology;

import static org.adtrigger.streams.testing.TopologyHarness.config;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

import org.adtrigger.schema.TruthLabel;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testing.TopologyHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Windows of 10 s with no grace, every event scored at once. Tier cuts at 100/200/300 GeV of E_T^miss and
 * background pass fractions 1, 0.1, 0.01, 0.001 (see TestCards).
 */
class WindowSummaryTest {
    private static final double EXACT = 1e-9;

    @TempDir
    Path stateDir;

    @Test
    void unlabeledDataGetsBackgroundFromTheCardsPassFractions() {
        try (TopologyHarness h = harness()) {
            // 1000 data events, 110 of them in tier 1: b1 = 0.1 × 1000 = 100, s1 = 110 − 100 = 10.
            for (int i = 0; i < 1000; i++) {
                h.send(TestEvents.data(i, i < 110 ? 150f : 50f), i * 9L);
            }
            assertThat(h.windows.isEmpty()).as("nothing before the window closes").isTrue();
            closeFirstWindow(h);

            Map<String, WindowSummary> byKey = summaries(h);
            assertThat(byKey).containsOnlyKeys("ALL:all", "SAMPLE:data", "RUN:1");
            WindowSummary all = byKey.get("ALL:all");
            assertThat(all.getKeyType()).isEqualTo(WindowKeyType.ALL);
            assertThat(all.getKey()).isEqualTo("all");
            assertThat(all.getWindowStartMs()).isEqualTo(TopologyHarness.START.toEpochMilli());
            assertThat(all.getWindowEndMs()).isEqualTo(TopologyHarness.START.toEpochMilli() + 10_000);
            assertThat(all.getCounts()).containsExactly(1000L, 110L, 0L, 0L);
            assertThat(all.getSumW()).containsExactly(1000.0, 110.0, 0.0, 0.0);
            assertThat(all.getExpectedBackground().get(1)).isCloseTo(100.0, within(EXACT));
            assertThat(all.getObservedSignal().get(1)).isCloseTo(10.0, within(EXACT));
            assertThat(all.getModels()).containsExactly("test-model");
            // Z = 10/√100; Asimov √(2(110 ln 1.1 − 10)) = 0.98399.
            assertThat(all.getZ().get(1)).isCloseTo(1.000, within(1e-9));
            assertThat(all.getAsimovZ().get(1)).isCloseTo(0.98399, within(1e-5));
            // Tier 2: b = 10, nothing observed: Z = −10/√10 = −3.1623.
            assertThat(all.getZ().get(2)).isCloseTo(-3.16228, within(1e-5));
            assertThat(all.getRateHz()).isCloseTo(100.0, within(EXACT));
            // Log-binned quantiles: within 6 % of the true 50 (p50) and 150 (p90: the 900th of 1000 scores).
            assertThat(all.getScoreQuantiles().get("p50")).isCloseTo(50.0, within(3.0));
            assertThat(all.getScoreQuantiles().get("p90")).isCloseTo(150.0, within(9.0));

            assertThat(h.heard).extracting(WindowSummary::getKey).containsExactlyInAnyOrder("all", "data", "1");
            assertThat(h.meter("adtrigger.window.z", "tier", "1")).isCloseTo(1.0, within(1e-9));
            assertThat(h.meter("adtrigger.window.asimov.z", "tier", "1")).isCloseTo(0.98399, within(1e-5));
            assertThat(h.meter("adtrigger.window.rate")).isCloseTo(100.0, within(EXACT));
            assertThat(h.meter("adtrigger.window.score", "percentile", "p50")).isEqualTo(all.getScoreQuantiles().get("p50"));
            assertThat(h.meter("adtrigger.window.score", "percentile", "p90")).isEqualTo(all.getScoreQuantiles().get("p90"));
            assertThat(h.meter("adtrigger.window.score", "percentile", "p99")).isEqualTo(all.getScoreQuantiles().get("p99"));
            assertThat(h.meter("adtrigger.windows.emitted", "key", "ALL")).isEqualTo(1.0);
            assertThat(h.meter("adtrigger.windows.emitted", "key", "SAMPLE")).isEqualTo(1.0);
            assertThat(h.meter("adtrigger.windows.emitted", "key", "RUN")).isEqualTo(1.0);
        }
    }

    @Test
    void acceptsOfTheDefaultTierOperatingPointAreCountedAgainstTheCardsExpectation() {
        try (TopologyHarness h = harness()) {
            // tier 1 (anomaly.min.tier): ε = 0.1 of 1000 events, b = 100; 110 observed; the test card states no
            // validation size, so no card error: pull = 10/√100 = 1
            for (int i = 0; i < 1000; i++) {
                h.send(TestEvents.data(i, i < 110 ? 150f : 50f), i * 9L);
            }
            closeFirstWindow(h);
            WindowSummary all = summaries(h).get("ALL:all");
            assertThat(all.getAccepted()).isEqualTo(110L);
            assertThat(all.getExpectedAccepted()).isCloseTo(100.0, within(EXACT));
            assertThat(all.getExpectedAcceptedCardError()).isZero();
            assertThat(all.getAcceptPull()).isCloseTo(1.0, within(EXACT));
            assertThat(h.anomalies.readRecordsToList()).hasSize(110);
        }
    }

    @Test
    void anEfficiencyPointFromTheCardsTableAddsTheValidationErrorAndSetsTheGauges() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 1, ConfigKey.WINDOW_SIZE_MS, 10_000,
                ConfigKey.WINDOW_GRACE_MS, 0, ConfigKey.ANOMALY_OPERATING_POINT, "0.1"), TestCards.cardWithTable(), stateDir)) {
            // ε = 0.1 (cut 150) on 1000 events: b = 100; card error Σ√(0.1·0.9)/√10 000 = 1000·0.3/100 = 3;
            // σ = √(100 + 9) = 10.4403; 130 accepted (MET 200 > 150; 150 itself is not above): pull = 30/10.4403
            for (int i = 0; i < 1000; i++) {
                h.send(TestEvents.data(i, i < 130 ? 200f : i < 200 ? 150f : 50f), i * 9L);
            }
            closeFirstWindow(h);
            WindowSummary all = summaries(h).get("ALL:all");
            assertThat(all.getAccepted()).isEqualTo(130L);
            assertThat(all.getExpectedAccepted()).isCloseTo(100.0, within(1e-6));
            assertThat(all.getExpectedAcceptedCardError()).isCloseTo(3.0, within(1e-6));
            assertThat(all.getAcceptPull()).isCloseTo(2.87348, within(1e-5));
            assertThat(h.meter("adtrigger.window.accept.rate")).isCloseTo(13.0, within(EXACT));
            assertThat(h.meter("adtrigger.window.accept.expected.rate")).isCloseTo(10.0, within(1e-7));
            assertThat(h.meter("adtrigger.window.accept.expected.rate.error")).isCloseTo(1.04403, within(1e-5));
            assertThat(h.meter("adtrigger.window.accept.pull")).isCloseTo(2.87348, within(1e-5));
            assertThat(h.anomalies.readRecordsToList()).hasSize(130);
        }
    }

    @Test
    void labeledMonteCarloUsesWeightedBackgroundAndSignal() {
        try (TopologyHarness h = harness()) {
            long n = 0;
            for (int i = 0; i < 25; i++) {
                h.send(TestEvents.event(n++, "ttbar", TruthLabel.BACKGROUND, 2.0, i < 5 ? 150f : 50f), 100);
            }
            for (int i = 0; i < 6; i++) {
                h.send(TestEvents.event(n++, "zprime", TruthLabel.SIGNAL, 0.5, i < 4 ? 350f : 50f), 200);
            }
            closeFirstWindow(h);

            Map<String, WindowSummary> byKey = summaries(h);
            WindowSummary all = byKey.get("ALL:all");
            assertThat(all.getCounts()).containsExactly(31L, 9L, 4L, 4L);
            assertThat(all.getSumW()).containsExactly(53.0, 12.0, 2.0, 2.0);
            assertThat(all.getSumW2()).containsExactly(101.5, 21.0, 1.0, 1.0);
            // Tier 1: b = 5 × 2 = 10, s = 4 × 0.5 = 2: Z = 2/√10, Asimov √(2(12 ln 1.2 − 2)).
            assertThat(all.getExpectedBackground()).containsExactly(50.0, 10.0, 0.0, 0.0);
            assertThat(all.getObservedSignal()).containsExactly(3.0, 2.0, 2.0, 2.0);
            assertThat(all.getZ().get(1)).isCloseTo(0.632456, within(1e-6));
            assertThat(all.getAsimovZ().get(1)).isCloseTo(0.612958, within(1e-6));
            assertThat(all.getZ().get(3)).as("no background: undefined").isNaN();

            assertThat(byKey.get("SAMPLE:ttbar").getCounts()).containsExactly(25L, 5L, 0L, 0L);
            assertThat(byKey.get("SAMPLE:zprime").getSumW()).containsExactly(3.0, 2.0, 2.0, 2.0);
        }
    }

    @Test
    void eventsWithinTheGraceStillCountButLaterOnesDoNot() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 1, ConfigKey.WINDOW_SIZE_MS, 10_000,
                ConfigKey.WINDOW_GRACE_MS, 2_000), TestCards.card("none"), stateDir)) {
            h.send(TestEvents.data(1, 50f), 1_000);
            h.send(TestEvents.data(2, 50f), 11_000);
            h.send(TestEvents.data(3, 50f), 9_000);
            assertThat(h.windows.isEmpty()).as("open until 10 s + 2 s grace").isTrue();
            h.send(TestEvents.data(4, 50f), 12_000);
            h.send(TestEvents.data(5, 50f), 9_500);

            WindowSummary first = summaries(h).get("ALL:all");
            assertThat(first.getWindowStartMs()).isEqualTo(TopologyHarness.START.toEpochMilli());
            assertThat(first.getCounts().get(0)).isEqualTo(2L);
        }
    }

    @Test
    void whenInputStopsTheLastWindowClosesAfterTheIdleTimeAsIfTimeWentOn() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 1, ConfigKey.WINDOW_SIZE_MS, 10_000,
                ConfigKey.WINDOW_GRACE_MS, 2_000, ConfigKey.WINDOW_IDLE_CLOSE_MS, 30_000), TestCards.card("none"), stateDir)) {
            h.send(TestEvents.data(1, 50f), 1_000);
            h.send(TestEvents.data(2, 150f), 4_000);
            // Stream time stops at 4 s: the window [0, 10 s) closes at 12 s, so 8 s of wall clock after the
            // last input, but not before 30 s of idleness.
            h.driver.advanceWallClockTime(Duration.ofSeconds(29));
            assertThat(h.windows.isEmpty()).as("not idle long enough").isTrue();
            h.driver.advanceWallClockTime(Duration.ofSeconds(2));

            Map<String, WindowSummary> byKey = summaries(h);
            assertThat(byKey).containsOnlyKeys("ALL:all", "SAMPLE:data", "RUN:1");
            assertThat(byKey.get("ALL:all").getCounts()).containsExactly(2L, 1L, 0L, 0L);

            // The window is closed: a late event for it is dropped and counted, not summarised twice.
            h.send(TestEvents.data(3, 50f), 5_000);
            h.driver.advanceWallClockTime(Duration.ofSeconds(60));
            assertThat(h.windows.readKeyValuesToList()).isEmpty();
            assertThat(h.meter("adtrigger.window.late.events")).isEqualTo(1.0);
        }
    }

    private TopologyHarness harness() {
        return new TopologyHarness(config(ConfigKey.BATCH_SIZE, 1, ConfigKey.WINDOW_SIZE_MS, 10_000,
                ConfigKey.WINDOW_GRACE_MS, 0), TestCards.card("none"), stateDir);
    }

    /** An event at the first window's end moves stream time past it. */
    private static void closeFirstWindow(TopologyHarness h) {
        h.send(TestEvents.data(1_000_000, 50f), 10_000);
    }

    /** Summaries by output key; a window emitted twice for one key fails the collection. */
    private static Map<String, WindowSummary> summaries(TopologyHarness h) {
        return h.windows.readKeyValuesToList().stream().collect(Collectors.toMap(kv -> kv.key, kv -> kv.value));
    }
}
