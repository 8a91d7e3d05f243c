package org.adtrigger.harness.soak;

import org.adtrigger.core.io.AtomicOutput;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.util.ScratchDirectory;
import org.adtrigger.probe.PrometheusText;
import org.adtrigger.probe.ResidentMemory;
import org.adtrigger.streams.replay.Replay;
import org.adtrigger.streams.replay.ReplayBuilder;
import org.adtrigger.harness.soak.SoakSample.Phase;

/**
 * A long run of the real app at a constant fraction of its maximum rate, watching its memory: an embedded
 * broker in this JVM, {@code adtrigger run} in a JVM of its own (whose RSS is sampled), and a {@link Replay}
 * from this JVM as the load. Without a given maximum rate it first sends {@code saturationEvents} as fast
 * as the producer can and takes the rate at which the app took them in as the maximum.
 */
public final class SoakRun {
    private static final Duration READY_PATIENCE = Duration.ofMinutes(3);
    /** Input and output topics keep this much, so 30 minutes of load do not fill the disk. */
    private static final Duration TOPIC_RETENTION = Duration.ofMinutes(5);
    private static final double RATE_FROM = 0.2;
    private static final double RATE_TO = 0.9;
    private static final long POLL_MS = 500;

    private final SoakSettings settings;
    private final PrintWriter console;
    /** Events the saturation phase sent, so that the readings count from the start of the run. */
    private long sentEarlier;

    public SoakRun(SoakSettings settings, PrintWriter console) {
        this.settings = settings;
        this.console = console;
    }

    /** Runs the soak, writes {@code soak-samples.csv} and {@code soak-summary.txt}, and returns the verdict. */
    public SoakVerdict run() throws Exception {
        Files.createDirectories(settings.out());
        TriggerConfig topics = TriggerConfig.from(properties(settings.appSettings()));
        try (ScratchDirectory state = ScratchDirectory.create("adtrigger-soak-state", "the soak's state directory");
             EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start();
             SampleLog samples = new SampleLog(settings.out().resolve("soak-samples.csv"), console)) {
            broker.createTopics(topics.topicsToCreate());
            TopicRetention.limit(broker.bootstrapServers(), topics.topicsToCreate().keySet(), TOPIC_RETENTION);
            try (AppJvm app = AppJvm.start(settings.appJvmOptions(), settings.model(), broker.bootstrapServers(),
                    appSettings(state.path()), settings.out().resolve("soak-app.log"))) {
                app.awaitReady(READY_PATIENCE);
                Watch watch = new Watch(app, samples);
                console.printf(Locale.ROOT, "soak: app ready (pid %d); readings every %s to %s%n", app.pid(),
                        settings.sampleEvery(), samples.file());
                double maxRate = settings.maxRate() != null ? settings.maxRate() : saturate(broker, topics, watch);
                double rate = settings.load() * maxRate;
                console.printf(Locale.ROOT, "soak: maximum rate %.0f events/s; steady phase at %.0f %% = %.0f events/s for %s%n",
                        maxRate, settings.load() * 100, rate, settings.duration());
                List<SoakSample> steady = steady(broker, topics, watch, rate);
                SoakVerdict verdict = SoakVerdict.of(steady, settings.warmUp(), settings.window(), settings.growthLimit());
                String summary = String.format(Locale.ROOT, "maximum rate %.0f events/s (%s), steady load %.0f events/s%n%s%n",
                        maxRate, settings.maxRate() != null ? "given" : "measured", rate, verdict.describe());
                AtomicOutput.writeString(settings.out().resolve("soak-summary.txt"), summary);
                console.print(summary);
                console.flush();
                return verdict;
            }
        }
    }

    /**
     * Sends the saturation events as fast as possible; the maximum rate is how fast the app took in the
     * middle of them, from {@value #RATE_FROM} to {@value #RATE_TO} of the count. The start is left out
     * because the app's first transactions are slow on a fresh broker (seconds of retries while the
     * transaction coordinator loads), and the end because the last partitions drain one by one.
     */
    private double saturate(EmbeddedKafkaBroker broker, TriggerConfig topics, Watch watch) throws Exception {
        long events = settings.saturationEvents();
        console.printf(Locale.ROOT, "soak: saturation: %d events as fast as the producer sends them%n", events);
        long receivedBefore = watch.received();
        Load load = Load.start(replay(broker, topics).rate(0).maxEvents(events));
        double fromSeconds = Double.NaN;
        long fromReceived = 0;
        long nextReading = 0;
        while (true) {
            load.rethrowFailure();
            long received = watch.received() - receivedBefore;
            double now = watch.seconds();
            if (Double.isNaN(fromSeconds) && received >= RATE_FROM * events) {
                fromSeconds = now;
                fromReceived = received;
            } else if (!Double.isNaN(fromSeconds) && received >= RATE_TO * events) {
                double rate = (received - fromReceived) / (now - fromSeconds);
                awaitDrained(watch, load, receivedBefore + events);
                return rate;
            }
            if (System.nanoTime() >= nextReading) {
                watch.read(load.isRunning() ? Phase.SATURATION : Phase.DRAIN, load.sent());
                nextReading = System.nanoTime() + settings.sampleEvery().toNanos();
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
    }

    /** Waits until the app has taken in every saturation event, so the steady phase starts without a backlog. */
    private void awaitDrained(Watch watch, Load load, long total) throws Exception {
        long nextReading = 0;
        while (watch.received() < total || load.isRunning()) {
            if (System.nanoTime() >= nextReading) {
                watch.read(Phase.DRAIN, load.sent());
                nextReading = System.nanoTime() + settings.sampleEvery().toNanos();
            }
            TimeUnit.MILLISECONDS.sleep(POLL_MS);
        }
        load.rethrowFailure();
        sentEarlier = load.sent();
        watch.read(Phase.DRAIN, sentEarlier);
    }

    private List<SoakSample> steady(EmbeddedKafkaBroker broker, TriggerConfig topics, Watch watch, double rate) throws Exception {
        double start = watch.seconds();
        Load load = Load.start(replay(broker, topics).rate(rate).duration(settings.duration()));
        List<SoakSample> steady = new ArrayList<>();
        while (load.isRunning()) {
            TimeUnit.NANOSECONDS.sleep(settings.sampleEvery().toNanos());
            load.rethrowFailure();
            SoakSample s = watch.read(Phase.STEADY, sentEarlier + load.sent());
            steady.add(new SoakSample(s.seconds() - start, s.phase(), s.rssBytes(), s.heapAfterGcBytes(),
                    s.heapUsedBytes(), s.sent(), s.received(), s.eventLagMs()));
        }
        load.rethrowFailure();
        return steady;
    }

    private ReplayBuilder replay(EmbeddedKafkaBroker broker, TriggerConfig topics) {
        return Replay.builder().archives(settings.archives()).loop(true).asData(true)
                .bootstrapServers(broker.bootstrapServers()).topic(topics.eventsTopic());
    }

    /** A state directory of its own (a fresh broker's changelogs would not match old state), then the user's keys. */
    private Map<String, String> appSettings(Path stateDir) {
        Map<String, String> app = new LinkedHashMap<>();
        app.put(ConfigKey.APPLICATION_ID.key(), "adtrigger-soak");
        app.put(ConfigKey.STATE_DIR.key(), stateDir.toString());
        app.putAll(settings.appSettings());
        return app;
    }

    private static Properties properties(Map<String, String> values) {
        Properties p = new Properties();
        p.putAll(values);
        return p;
    }

    /** Takes readings of the app: RSS from /proc, the rest from /metrics. */
    private static final class Watch {
        private final AppJvm app;
        private final SampleLog log;
        private final long startNanos = System.nanoTime();
        private double lagSum;
        private double lagCount;

        Watch(AppJvm app, SampleLog log) {
            this.app = app;
            this.log = log;
        }

        double seconds() {
            return (System.nanoTime() - startNanos) / 1e9;
        }

        long received() throws IOException, InterruptedException {
            return (long) app.scrape().valueOf("adtrigger_events_received_total");
        }

        SoakSample read(Phase phase, long sent) throws IOException, InterruptedException {
            long rss = ResidentMemory.bytesOf(app.pid());
            PrometheusText metrics = app.scrape();
            double sum = metrics.valueOf("adtrigger_event_lag_seconds_sum");
            double count = metrics.valueOf("adtrigger_event_lag_seconds_count");
            double lagMs = count > lagCount ? (sum - lagSum) / (count - lagCount) * 1e3 : Double.NaN;
            lagSum = sum;
            lagCount = count;
            SoakSample sample = new SoakSample(seconds(), phase, rss, (long) metrics.valueOf("jvm_gc_live_data_size_bytes"),
                    (long) metrics.sumWhere("jvm_memory_used_bytes", "area", "heap"), sent,
                    (long) metrics.valueOf("adtrigger_events_received_total"), lagMs);
            log.add(sample);
            return sample;
        }
    }
}
