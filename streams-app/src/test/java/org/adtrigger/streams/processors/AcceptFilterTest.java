package org.adtrigger.streams.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.adtrigger.core.trigger.OperatingPoint;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.streams.testing.TestCards;
import org.junit.jupiter.api.Test;

/** The test card's table: ε 0.5 above 80, 0.1 above 150, 0.01 above 250, 1e-3 above 400 (10 events). */
class AcceptFilterTest {

    @Test
    void aFixedPointKeepsItsCut() {
        AcceptFilter filter = AcceptFilter.of(OperatingPoint.parse("0.01"), TestCards.cardWithTable(), 0.05);
        assertThat(filter.current().cut()).isEqualTo(250.0);
        filter.sawEvent(0);
        filter.onWindowClosed(all(0, 1000.0));
        assertThat(filter.current().cut()).isEqualTo(250.0);
    }

    @Test
    void aRateBudgetStartsTightSkipsTheWindowItStartedInsideAndFollowsTheAllWindowsRate() {
        AcceptFilter filter = AcceptFilter.of(new OperatingPoint.RateBudget(20), TestCards.cardWithTable(), 0.05);
        assertThat(filter.current().passFraction()).as("tightest usable: 10 events above").isEqualTo(1e-3);

        filter.sawEvent(7_000);
        filter.onWindowClosed(all(5_000, 2000.0));
        assertThat(filter.current().passFraction()).as("started inside that window").isEqualTo(1e-3);
        WindowSummary sample = all(10_000, 2000.0);
        sample.setKeyType(WindowKeyType.SAMPLE);
        filter.onWindowClosed(sample);
        assertThat(filter.current().passFraction()).as("per-sample windows do not count").isEqualTo(1e-3);

        // 20 Hz of 1 000 Hz: ε = 0.02, between the rows 0.1 (cut 150) and 0.01 (cut 250): log-log interpolation
        // t = ln(0.2)/ln(0.1) = 0.69897, cut = 150·(250/150)^t = 214.366
        filter.onWindowClosed(all(10_000, 1000.0));
        assertThat(filter.current().passFraction()).isEqualTo(0.02);
        assertThat(filter.current().cut()).isCloseTo(214.366, within(0.001));
        // within the 5 % hysteresis: kept
        filter.onWindowClosed(all(15_000, 1040.0));
        assertThat(filter.current().passFraction()).isEqualTo(0.02);
    }

    private static WindowSummary all(long startMs, double rateHz) {
        List<Double> four = List.of(0.0, 0.0, 0.0, 0.0);
        return WindowSummary.newBuilder().setWindowStartMs(startMs).setWindowEndMs(startMs + 5_000)
                .setKeyType(WindowKeyType.ALL).setKey("all").setCounts(List.of(0L, 0L, 0L, 0L)).setSumW(four)
                .setSumW2(four).setExpectedBackground(four).setObservedSignal(four).setZ(four).setAsimovZ(four)
                .setRateHz(rateHz).setScoreQuantiles(Map.of()).build();
    }
}
