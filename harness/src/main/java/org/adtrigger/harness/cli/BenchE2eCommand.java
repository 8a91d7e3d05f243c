package org.adtrigger.harness.cli;

import org.adtrigger.core.io.AtomicOutput;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.adtrigger.harness.bench.E2eBenchmark;
import org.adtrigger.harness.bench.E2eSettings;
import org.adtrigger.streams.cli.ConfigOptions;
import org.adtrigger.streams.cli.DurationConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code adtrigger bench e2e}: the command-line face of {@link E2eBenchmark}. */
@Command(name = "e2e", mixinStandardHelpOptions = true, sortOptions = false,
        description = "End-to-end benchmark on an embedded Kafka broker with the input topic preloaded: (a) a "
                + "pass-through topology with the same serdes (Kafka I/O limit), (b) the scoring topology, (c) raw ONNX "
                + "Runtime on the same events (inference limit); then (b)'s event-to-output latency percentiles at "
                + "offered rates below its measured maximum.")
final class BenchE2eCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "ONNX model with its card")
    Path model;

    @Option(names = "--events", defaultValue = "200000", paramLabel = "N",
            description = "Events preloaded into the input topic (default: ${DEFAULT-VALUE})")
    int events;

    @Option(names = "--archive", paramLabel = "FILE",
            description = "Take the events from this archive (its first N) instead of the generator")
    Path archive;

    @Option(names = "--seed", defaultValue = "102", paramLabel = "S",
            description = "Seed of the generated SM events (default: ${DEFAULT-VALUE})")
    long seed;

    // A cold JVM still compiles: C2 took 0.3-0.7 of the two cores for more than a minute (measured per thread), and
    // timing (a) and (b) cold measured the JIT as much as the stream.
    @Option(names = "--jit-warmup", defaultValue = "120s", converter = DurationConverter.class, paramLabel = "D",
            description = "Longest time (a) and (b) take turns in unrecorded runs until the JIT compilers have settled "
                    + "(under 10%% of a round); 0 for none (default: ${DEFAULT-VALUE})")
    Duration jitWarmup;

    @Option(names = "--rates", defaultValue = "25,50,75,100", split = ",", paramLabel = "PERCENT",
            description = "Offered rates of the latency steps, in %% of (b)'s measured maximum (default: ${DEFAULT-VALUE})")
    List<Integer> rates = new ArrayList<>();

    @Option(names = "--step-duration", defaultValue = "20s", converter = DurationConverter.class, paramLabel = "D",
            description = "How long each latency step offers events (default: ${DEFAULT-VALUE})")
    Duration stepDuration;

    // 60 s: latency settles for about a minute after the throughput runs (same-rate steps measured
    // p99 82 -> 70 -> 63 -> 59 ms, G1 pauses 20 -> 13 ms); beyond it the warm-up goes on until the JIT has
    // compiled what only the latency steps run, so that no step is measured while C2 takes CPU from it.
    @Option(names = "--warmup", defaultValue = "60s", converter = DurationConverter.class, paramLabel = "D",
            description = "Unrecorded warm-up at the first rate before the latency steps: at least D, then on in 10 s slices "
                    + "until the JIT compiles under 10%% of a slice, 3 D at most; 0 for none (default: ${DEFAULT-VALUE})")
    Duration warmup;

    @Option(names = "--out", paramLabel = "DIR", description = "Also write e2e.md and e2e.json into DIR")
    Path out;

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        if (out != null) {
            // Before the benchmark's minutes, not after them.
            AtomicOutput.checkWritableDirectory(out);
        }
        String command = "adtrigger " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        E2eSettings settings = new E2eSettings(model, events, archive, seed, jitWarmup, rates, stepDuration, warmup,
                config.configuration(Map.of()), command);
        new E2eBenchmark(settings, spec.commandLine().getOut()).runAndReport(out);
        return 0;
    }
}
