package org.adtrigger.streams.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.replay.Injection;
import org.adtrigger.streams.replay.RecordTimestamps;
import org.adtrigger.streams.replay.Replay;
import org.adtrigger.streams.replay.ReplayBuilder;
import org.adtrigger.streams.replay.ReplayListener;
import org.adtrigger.streams.replay.ReplaySummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code adtrigger replay}: the command-line face of {@link Replay}. */
@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Send the events of Avro archives to a Kafka topic at a steady rate, optionally with signal injected.",
                "Stops at the archives' end (or with --loop at --max-events / --duration), or on SIGTERM / Ctrl-C,"
                        + " flushing what was sent, then prints a throughput summary.",
                "--duration holds whatever the broker does (at most 5 s more for the last acknowledgements);"
                        + " a failed send ends the replay with its summary and exit code 1."})
final class ReplayCommand implements Callable<Integer> {
    /** Time the JVM waits, after SIGTERM, for the producer to flush and close. */
    private static final Duration FLUSH_GRACE = Duration.ofSeconds(30);

    enum TimeMode { NOW, ORIGINAL }

    @Spec
    CommandSpec spec;

    @Option(names = "--in", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "Background archives, replayed in the order given")
    List<Path> archives = new ArrayList<>();

    @Option(names = "--topic", paramLabel = "NAME", description = "Topic to send to (default: ${DEFAULT-VALUE})")
    String topic = ConfigKey.TOPIC_EVENTS.defaultValue();

    @Option(names = "--bootstrap", paramLabel = "HOST:PORT", defaultValue = "localhost:9092",
            description = "Kafka brokers (default: ${DEFAULT-VALUE})")
    String bootstrap;

    @Option(names = "--rate", paramLabel = "EVENTS_PER_S", description = "Target rate; 0 = as fast as possible (default: ${DEFAULT-VALUE})")
    double rate = ReplayBuilder.DEFAULT_RATE;

    @Option(names = "--loop", description = "Start the archives over at their end (until --max-events, --duration or a stop)")
    boolean loop;

    @Option(names = "--time", paramLabel = "now|original",
            description = {"Record timestamps: now = wall clock at send (default); original = synthetic event time"
                    + " --time-origin + i / rate for the i-th event sent (at --rate 0: i / " + (long) ReplayBuilder.DEFAULT_RATE + " s),"
                    + " the same in every replay"})
    TimeMode time = TimeMode.NOW;

    @Option(names = "--time-origin", paramLabel = "INSTANT",
            description = "Event time of the first event with --time original, ISO-8601 (default: when the replay starts)")
    Instant timeOrigin;

    @Option(names = "--inject", paramLabel = InjectionConverter.SYNTAX, converter = InjectionConverter.class,
            description = {"Replace FRACTION (0..1] of the background events by events of the signal archive FILE (read in a loop)"
                    + " from START until END (or the end); START/END are event counts (100000) or times since the"
                    + " start (30s, 2m). Repeatable"})
    List<Injection> injections = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the injection draws (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--max-events", paramLabel = "N", description = "Stop after N events")
    Long maxEvents;

    @Option(names = "--duration", paramLabel = "D", converter = DurationConverter.class,
            description = "Stop after this long (e.g. 90s, 10m, PT1H)")
    Duration duration;

    @Option(names = "--producer", paramLabel = "KEY=VALUE",
            description = "Overrides a Kafka producer setting (repeatable; defaults: acks=all, idempotence, lz4, linger.ms=5, batch.size=256KiB)")
    Map<String, String> producer = new LinkedHashMap<>();

    @Option(names = "--progress", negatable = true, description = "Show a progress bar on stderr (default: when attached to a terminal)")
    Boolean progress;

    @Override
    public Integer call() throws InterruptedException {
        StopSignal stop = new StopSignal();
        try (SignalStop signalStop = SignalStop.install(stop, FLUSH_GRACE)) {
            ReplaySummary summary = runShowingProgress(stop);
            spec.commandLine().getErr().print(summary.describe());
            if (summary.failure() != null) {
                spec.commandLine().getErr().println("adtrigger replay: " + summary.failure());
            }
            spec.commandLine().getErr().flush();
            return summary.failure() == null ? 0 : 1;
        }
    }

    private ReplaySummary runShowingProgress(StopSignal stop) throws InterruptedException {
        boolean show = progress != null ? progress : System.console() != null;
        if (!show) {
            return replay(ReplayListener.NONE).run(stop::requested);
        }
        try (ReplayProgressBar bar = new ReplayProgressBar(maxEvents == null ? -1 : maxEvents, System.err)) {
            return replay(bar).run(stop::requested);
        }
    }

    private Replay replay(ReplayListener listener) {
        try {
            ReplayBuilder builder = Replay.builder().archives(archives).topic(topic).bootstrapServers(bootstrap)
                    .rate(rate).loop(loop).seed(seed).timestamps(timestamps()).listener(listener);
            injections.forEach(builder::inject);
            producer.forEach(builder::producerProperty);
            if (maxEvents != null) {
                builder.maxEvents(maxEvents);
            }
            if (duration != null) {
                builder.duration(duration);
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    private RecordTimestamps timestamps() {
        if (time == TimeMode.NOW) {
            return RecordTimestamps.wallClock();
        }
        return RecordTimestamps.synthetic(timeOrigin != null ? timeOrigin : Instant.now(),
                rate > 0 ? rate : ReplayBuilder.DEFAULT_RATE);
    }
}
