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
     * @param warmup   an unrecorded step at the first rate before the others (zero for none): the reader's
     *                 and producer's code paths get compiled before anything counts
     */
    List<LatencyStep> run(double maxRate, List<Integer> percents, Duration stepDuration, Duration warmup,
                          PrintWriter progress) throws InterruptedException {
        List<LatencyStep> steps = new ArrayList<>();
        try (LatencyProbe probe = new LatencyProbe(bootstrapServers, scoredTopic)) {
            if (!warmup.isZero()) {
                probe.recording(false);
                sendAndDrain(probe, maxRate * percents.get(0) / 100.0, warmup);
                progress.printf(Locale.ROOT, "  warm-up: %.0f s at %d %%%n", warmup.toMillis() / 1e3, percents.get(0));
                progress.flush();
            }
            probe.recording(true);
            for (int percent : percents) {
                double rate = maxRate * percent / 100.0;
                Sent sent = sendAndDrain(probe, rate, stepDuration);
                LatencyStep step = LatencyStep.of(percent, rate, sent.summary().events(), sent.summary().seconds(),
                        sent.latencies());
                steps.add(step);
                progress.printf(Locale.ROOT, "  %3d %%: offered %.0f/s, sent %.0f/s, %d outputs, p50 %d ms, p99 %d ms, "
                        + "p99.9 %d ms%n", percent, rate, step.sentRate(), step.outputs(), step.p50Millis(),
                        step.p99Millis(), step.p999Millis());
                progress.flush();
            }
        }
        return steps;
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
