package org.adtrigger.harness.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * What {@code adtrigger bench e2e} runs.
 *
 * @param model        ONNX model with its card
 * @param events       events preloaded into the input topic (and scored by the raw loop)
 * @param archive      where the events come from, or null for the generator
 * @param seed         the generator's seed
 * @param jitWarmup    longest time (a) and (b) take turns in unrecorded runs before they are timed, so that both
 *                     are timed on compiled code (zero for none)
 * @param ratePercents offered rates of the latency steps, in % of the scoring topology's measured maximum
 * @param stepDuration how long each latency step offers events
 * @param warmup       unrecorded step before the latency steps (zero for none)
 * @param config       the topology and scorer settings (configuration keys, as for {@code run})
 * @param command      the command line, for the report
 */
public record E2eSettings(Path model, int events, Path archive, long seed, Duration jitWarmup, List<Integer> ratePercents,
                          Duration stepDuration, Duration warmup, Properties config, String command) {
    /** Highest offered rate accepted: above the maximum, the steps measure a growing queue. */
    public static final int MAX_RATE_PERCENT = 200;

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public E2eSettings {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(config, "config");
        if (events < 1) {
            throw new IllegalArgumentException("--events must be at least 1, got " + events);
        }
        if (jitWarmup.isNegative()) {
            throw new IllegalArgumentException("--jit-warmup must not be negative, got " + jitWarmup);
        }
        if (ratePercents.isEmpty()) {
            throw new IllegalArgumentException("--rates needs at least one percentage");
        }
        for (int percent : ratePercents) {
            if (percent < 1 || percent > MAX_RATE_PERCENT) {
                throw new IllegalArgumentException("--rates: each percentage must be in 1.." + MAX_RATE_PERCENT + ", got " + percent);
            }
        }
        if (stepDuration.isNegative() || stepDuration.isZero()) {
            throw new IllegalArgumentException("--step-duration must be positive, got " + stepDuration);
        }
        if (warmup.isNegative()) {
            throw new IllegalArgumentException("--warmup must not be negative, got " + warmup);
        }
        ratePercents = List.copyOf(ratePercents);
    }
}
