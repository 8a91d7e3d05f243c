package org.adtrigger.streams.window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.core.trigger.AcceptPull;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;

/**
 * Gauges of the last closed window over all events (key ALL; per-sample and per-run keys would make
 * unbounded series): {@code adtrigger.window.z} and {@code adtrigger.window.asimov.z} per tier 1..3,
 * {@code adtrigger.window.rate} in Hz and {@code adtrigger.window.score} per percentile (p50, p90, p99);
 * the operating point's accept rate, observed ({@code adtrigger.window.accept.rate}) and expected from the
 * background ({@code adtrigger.window.accept.expected.rate}, with its error {@code
 * adtrigger.window.accept.expected.rate.error}: √(b + card error²) per second), and their pull ({@code
 * adtrigger.window.accept.pull}). NaN until the first window closes.
 *
 * <p>The score percentiles come from the window's own histogram rather than a Micrometer histogram of
 * scores, because scores span many decades (1e-8 to 1e8) that fixed Prometheus buckets would resolve
 * poorly, and the window summary already holds them to ±6 %.
 */
public final class LastWindowGauges implements WindowListener {
    private final AtomicLong[] z = new AtomicLong[WindowTally.LEVELS];
    private final AtomicLong[] asimovZ = new AtomicLong[WindowTally.LEVELS];
    private final AtomicLong rate = nan();
    private final Map<String, AtomicLong> scoreQuantiles = new LinkedHashMap<>();
    private final AtomicLong acceptRate = nan();
    private final AtomicLong expectedAcceptRate = nan();
    private final AtomicLong expectedAcceptRateError = nan();
    private final AtomicLong acceptPull = nan();

    public LastWindowGauges(MeterRegistry registry) {
        for (int tier = 1; tier < WindowTally.LEVELS; tier++) {
            z[tier] = nan();
            asimovZ[tier] = nan();
            gauge("adtrigger.window.z", "Z = s/sqrt(b) of the last closed window, events with tier >= tier", z[tier])
                    .tag("tier", Integer.toString(tier)).register(registry);
            gauge("adtrigger.window.asimov.z", "Asimov Z of the last closed window, events with tier >= tier",
                    asimovZ[tier]).tag("tier", Integer.toString(tier)).register(registry);
        }
        gauge("adtrigger.window.rate", "Scored events per second in the last closed window", rate)
                .baseUnit("hertz").register(registry);
        gauge("adtrigger.window.accept.rate", "Events the operating point accepted per second in the last closed window",
                acceptRate).baseUnit("hertz").register(registry);
        gauge("adtrigger.window.accept.expected.rate", "Accept rate the model card predicts for background in the last "
                + "closed window", expectedAcceptRate).baseUnit("hertz").register(registry);
        gauge("adtrigger.window.accept.expected.rate.error", "Error of the expected accept rate (Poisson and the card's "
                + "validation statistics)", expectedAcceptRateError).baseUnit("hertz").register(registry);
        gauge("adtrigger.window.accept.pull", "(observed - expected accepts) / error in the last closed window", acceptPull)
                .register(registry);
        for (String percentile : WindowSummarizer.QUANTILE_NAMES) {
            AtomicLong bits = nan();
            scoreQuantiles.put(percentile, bits);
            gauge("adtrigger.window.score", "Anomaly score percentile of the last closed window", bits)
                    .tag("percentile", percentile).register(registry);
        }
    }

    @Override
    public void onWindowClosed(WindowSummary summary) {
        if (summary.getKeyType() != WindowKeyType.ALL) {
            return;
        }
        for (int tier = 1; tier < WindowTally.LEVELS; tier++) {
            set(z[tier], summary.getZ().get(tier));
            set(asimovZ[tier], summary.getAsimovZ().get(tier));
        }
        set(rate, summary.getRateHz());
        double seconds = (summary.getWindowEndMs() - summary.getWindowStartMs()) / 1000.0;
        AcceptPull accepts = new AcceptPull(summary.getAccepted(), summary.getExpectedAccepted(),
                summary.getExpectedAcceptedCardError());
        set(acceptRate, accepts.observed() / seconds);
        set(expectedAcceptRate, accepts.expected() / seconds);
        set(expectedAcceptRateError, accepts.error() / seconds);
        set(acceptPull, accepts.pull());
        scoreQuantiles.forEach((percentile, bits) ->
                set(bits, summary.getScoreQuantiles().getOrDefault(percentile, Double.NaN)));
    }

    private static Gauge.Builder<AtomicLong> gauge(String name, String description, AtomicLong bits) {
        return Gauge.builder(name, bits, b -> Double.longBitsToDouble(b.get())).description(description)
                .strongReference(true);
    }

    private static AtomicLong nan() {
        return new AtomicLong(Double.doubleToLongBits(Double.NaN));
    }

    private static void set(AtomicLong bits, double value) {
        bits.set(Double.doubleToLongBits(value));
    }
}
