package org.adtrigger.harness.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.adtrigger.streams.replay.Replay;
import org.adtrigger.streams.replay.ReplaySummary;

/**
 * Offers events to the running scoring application at a series of rates, one fixed-length step after
 * the other, and measures each step's event-to-output latency with a {@link LatencyProbe}. Between steps
 * it lets the application finish everything sent (committed input offsets at the end of the input, the
 * reader at the end of the committed output), so every latency recorded in a step belongs to that step.
 * The replay machinery paces the sends: {@code Replay} at the step's rate, looping the benchmark's
 * events, wall-clock timestamps.
 */
final class LatencySteps {
    /** Warm-up slices: long enough for a JIT share to mean something, short enough to stop soon after it settles. */
    static final Duration WARMUP_SLICE = Duration.ofSeconds(10);
    /** The warm-up ends by this multiple of its minimum even if the JIT has not settled. */
    static final int WARMUP_LIMIT_FACTOR = 3;

    private final BenchApp app;
    private final OffsetWatch watch;
    private final String bootstrapServers;
    private final String eventsTopic;
    private final String scoredTopic;
    private final Path archive;
    private final Duration drainTimeout;

    LatencySteps(BenchApp app, OffsetWatch watch, String bootstrapServers, String eventsTopic, String scoredTopic,
                 Path archive, Duration drainTimeout) {
        this.app = app;
        this.watch = watch;
        this.bootstrapServers = bootstrapServers;
        this.eventsTopic = eventsTopic;
        this.scoredTopic = scoredTopic;
        this.archive = archive;
        this.drainTimeout = drainTimeout;
    }

    /**
     * @param maxRate  the scoring topology's measured maximum, events/s
     * @param percents the offered rates, as percentages of maxRate, in the order to run them
     * @param warmup   the shortest unrecorded warm-up at the first rate before the others (zero for none), see
     *                 {@link #warmUp}
     */
    List<LatencyStep> run(double maxRate, List<Integer> percents, Duration stepDuration, Duration warmup,
                          PrintWriter progress) throws InterruptedException {
        List<LatencyStep> steps = new ArrayList<>();
        try (LatencyProbe probe = new LatencyProbe(bootstrapServers, scoredTopic)) {
            if (!warmup.isZero()) {
                warmUp(probe, maxRate * percents.get(0) / 100.0, percents.get(0), warmup, progress);
            }
            for (int percent : percents) {
                double rate = maxRate * percent / 100.0;
                JitTime jit = JitTime.start();
                Sent sent = sendAndDrain(probe, rate, stepDuration);
                LatencyStep step = LatencyStep.of(percent, rate, sent.summary().events(), sent.summary().seconds(),
                        sent.latencies(), jit.share());
                steps.add(step);
                progress.printf(Locale.ROOT, "  %3d %%: offered %.0f/s, sent %.0f/s, %d outputs, p50 %d ms, p99 %d ms, "
                        + "p99.9 %d ms, JIT compiling %.0f %% of the step%n", percent, rate, step.sentRate(), step.outputs(),
                        step.p50Millis(), step.p99Millis(), step.p999Millis(), 100 * step.jitShare());
                progress.flush();
            }
        }
        return steps;
    }

    /**
     * Offers events at the first step's rate, measured but not kept, in slices of at most {@link #WARMUP_SLICE}, for
     * at least {@code minimum} and then until the JIT compilers took at most {@link JitTime#SETTLED} of a slice,
     * {@link #WARMUP_LIMIT_FACTOR} × {@code minimum} at most: the steps run code the throughput runs hardly did
     * (the broker appending the replay's small compressed batches, the paced replay loop, the reader), and a step
     * measured while C2 compiles it loses CPU to the compiler. The minimum stays because the heap and the GC's
     * pauses settle over about a minute too. The warm-up measures exactly as the steps do and throws its
     * latencies away: a reader that skipped the records while warming up loaded Kafka's record iterator only when
     * the first step began, that one new class made the JVM recompile the broker's append path (C2 at 0.39 of a
     * core), and the first step fell up to 2.7 s behind (p99 0.9–2.5 s against 0.3–0.4 s for the same rate next;
     * class-loading and compilation logs, 2026-12-07).
     */
    private void warmUp(LatencyProbe probe, double rate, int percent, Duration minimum, PrintWriter progress)
            throws InterruptedException {
        Duration slice = minimum.compareTo(WARMUP_SLICE) < 0 ? minimum : WARMUP_SLICE;
        long limitNanos = minimum.toNanos() * WARMUP_LIMIT_FACTOR;
        long start = System.nanoTime();
        long elapsed;
        double share;
        do {
            JitTime jit = JitTime.start();
            sendAndDrain(probe, rate, slice);
            share = jit.share();
            elapsed = System.nanoTime() - start;
        } while (elapsed < minimum.toNanos() || share > JitTime.SETTLED && elapsed < limitNanos);
        progress.printf(Locale.ROOT, "  warm-up: %.0f s at %d %%, JIT compiling %.0f %% of its last %.0f s%n",
                elapsed / 1e9, percent, 100 * share, slice.toMillis() / 1e3);
        progress.flush();
    }

    private Sent sendAndDrain(LatencyProbe probe, double rate, Duration duration) throws InterruptedException {
        ReplaySummary summary = Replay.builder()
                .archives(List.of(archive)).loop(true)
                .bootstrapServers(bootstrapServers).topic(eventsTopic)
                .rate(rate).duration(duration)
                .build().run(() -> false).orThrow();
        app.awaitAllCommitted(watch, eventsTopic, drainTimeout);
        return new Sent(summary, probe.takeWhenCaughtUp(watch.stableEndOffsets(scoredTopic), drainTimeout));
    }

    private record Sent(ReplaySummary summary, long[] latencies) {
    }
}
