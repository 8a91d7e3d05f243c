package org.adtrigger.harness.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Where the scoring topology's time went by its own timers: the whole batch step (RMM building, the model
 * call, tagging and forwarding, {@code adtrigger.batch.latency}) and the model call alone
 * ({@code adtrigger.inference.latency}), each as a share of the run's wall-clock time.
 */
final class ScoringTimers {
    static final String BATCH = "adtrigger.batch.latency";
    static final String INFERENCE = "adtrigger.inference.latency";

    private ScoringTimers() {
    }

    static Map<String, Double> sharesOf(MeterRegistry registry, double wallSeconds) {
        Map<String, Double> shares = new LinkedHashMap<>();
        shares.put("RMM + model + forward (" + BATCH + ")", seconds(registry, BATCH) / wallSeconds);
        shares.put("model call (" + INFERENCE + ")", seconds(registry, INFERENCE) / wallSeconds);
        return shares;
    }

    private static double seconds(MeterRegistry registry, String name) {
        Timer timer = registry.find(name).timer();
        return timer == null ? 0 : timer.totalTime(TimeUnit.SECONDS);
    }
}
