package org.adtrigger.streams.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.demo.DemoPlan;
import org.adtrigger.streams.demo.DemoSession;
import org.adtrigger.streams.demo.LiveTable;
import org.adtrigger.streams.demo.WindowTable;
import org.adtrigger.streams.http.HttpSettings;
import org.adtrigger.streams.util.ScratchDirectory;
import org.adtrigger.streams.window.WindowListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger demo}: a {@code run} on an embedded broker with a replay of background events and an
 * injected signal burst beside it, and a live table of the windows. {@code ./adtrigger demo} prepares
 * the archives and the model first; this command takes them as given.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Stream background events with a signal burst through an embedded Kafka broker and the scoring topology.",
                "Prints one row per closed window; stops on Ctrl-C or after --duration, then waits for the last windows to close"
                        + " (at most window + grace + idle close, 2 s more) and prints a summary."})
final class DemoCommand implements Callable<Integer> {
    private static final int PREFERRED_HTTP_PORT = 8080;
    /** Beyond window + grace + idle: the commit that emits the closed windows (commit.interval.ms) and a busy machine. */
    private static final Duration DRAIN_SLACK = Duration.ofSeconds(2);

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "ONNX model with its card")
    Path model;

    @Option(names = "--background", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "Background archives, replayed in a loop (generate them with --mix sigma: the stream counts events unweighted)")
    List<Path> background;

    @Option(names = "--signal", required = true, paramLabel = "ARCHIVE", description = "Signal archive injected during the burst")
    Path signal;

    @Option(names = "--duration", defaultValue = "90s", converter = DurationConverter.class, paramLabel = "D",
            description = "Stop after this long (default: ${DEFAULT-VALUE})")
    Duration duration;

    @Option(names = "--rate", defaultValue = "2000", paramLabel = "EV/S", description = "Replay rate (default: ${DEFAULT-VALUE})")
    double rate;

    @Option(names = "--fraction", defaultValue = "0.05", paramLabel = "F",
            description = "Share of the events replaced by signal during the burst (default: ${DEFAULT-VALUE})")
    double fraction;

    @Option(names = "--burst-start", defaultValue = "20s", converter = DurationConverter.class, paramLabel = "D",
            description = "When the burst begins, after the replay starts (default: ${DEFAULT-VALUE})")
    Duration burstStart;

    @Option(names = "--burst-end", defaultValue = "40s", converter = DurationConverter.class, paramLabel = "D",
            description = "When the burst ends (default: ${DEFAULT-VALUE})")
    Duration burstEnd;

    @Option(names = "--window", defaultValue = "5s", converter = DurationConverter.class, paramLabel = "D",
            description = "Window length (default: ${DEFAULT-VALUE}; grace: window.grace.ms, 5 s)")
    Duration window;

    @Mixin
    ServingOptions serving;

    @Override
    public Integer call() throws Exception {
        DemoPlan plan = new DemoPlan(background, signal, rate, fraction, burstStart, burstEnd);
        try (ScratchDirectory stateDir = ScratchDirectory.createIn(userCache(), "demo-state-", "the demo's state directory")) {
            Properties config = serving.configuration(defaults(stateDir.path()), Map.of());
            LiveTable table = new LiveTable(new WindowTable(ZoneId.systemDefault()), spec.commandLine().getOut());
            DemoSession session = new DemoSession(plan, table, spec.commandLine().getOut(), drainBound(config));
            new TriggerRunner(config, model, true).run(duration, companion(session), totals -> { });
        }
        return 0;
    }

    /**
     * Short windows so the burst shows within a minute (the grace stays at 5 s: on two busy cores events
     * reached the windows up to 3.7 s late at start-up, and late ones are dropped); a state directory of
     * its own, deleted at the end, since a fresh broker's changelogs would not match state left by an earlier run; tier 3 as
     * the anomaly cut; windows closed 5 s after the input stops (one process, no fail-over to wait for).
     */
    private Map<String, String> defaults(Path stateDir) {
        return Map.of(
                ConfigKey.APPLICATION_ID.key(), "adtrigger-demo",
                ConfigKey.WINDOW_SIZE_MS.key(), Long.toString(window.toMillis()),
                ConfigKey.ANOMALY_MIN_TIER.key(), "3",
                ConfigKey.WINDOW_IDLE_CLOSE_MS.key(), "5000",
                ConfigKey.STATE_DIR.key(), stateDir.toString(),
                HttpSettings.PORT, Integer.toString(freeOrAny(PREFERRED_HTTP_PORT)));
    }

    /**
     * {@code $XDG_CACHE_HOME/adtrigger}, else {@code ~/.cache/adtrigger}: Kafka Streams warns about state in
     * the OS temp folder, which the OS may clean while the app runs.
     */
    private static Path userCache() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("adtrigger");
    }

    /** Window + grace + idle close, when the last window closes after the replay stops, plus commit slack. */
    private static Duration drainBound(Properties config) {
        TriggerConfig settings = TriggerConfig.from(config);
        return settings.windowSize().plus(settings.windowGrace()).plus(settings.windowIdleClose()).plus(DRAIN_SLACK);
    }

    private static Companion companion(DemoSession session) {
        return new Companion() {
            @Override
            public String name() {
                return "replay";
            }

            @Override
            public List<WindowListener> windowListeners() {
                return List.of(session.windowListener());
            }

            @Override
            public AutoCloseable start(RunningStream stream) {
                return session.start(stream.bootstrapServers(), stream.eventsTopic(), stream.httpBase(), stream.fail());
            }
        };
    }

    /** {@code port} when nothing listens on it at the HTTP address, else 0 (any free port). */
    private int freeOrAny(int port) {
        String address = serving.httpAddress == null ? HttpSettings.DEFAULTS.address() : serving.httpAddress;
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(address, port));
            return port;
        } catch (IOException busy) {
            return 0;
        }
    }
}
