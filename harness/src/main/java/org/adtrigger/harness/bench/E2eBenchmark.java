package org.adtrigger.harness.bench;


import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.scoring.machine.MachineInfo;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.replay.ProducerSettings;
import org.adtrigger.streams.replay.Replay;
import org.adtrigger.streams.replay.ReplaySummary;
import org.adtrigger.streams.topology.AnomalyTopology;
import org.adtrigger.streams.util.ScratchDirectory;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * {@code adtrigger bench e2e}: on an embedded broker with the input topic preloaded, (a) a pass-through
 * topology with the same serdes (the Kafka I/O limit), (b) the scoring topology exactly as {@code run}
 * wires it (what users get), then (b)'s event-to-output latency at offered rates below its measured
 * maximum, and, with the broker gone, (c) the raw ONNX Runtime loop over the same events (the inference
 * limit). (a) and (b) each start on a fresh application id and state directory and are timed from their
 * start until they have committed every input offset.
 */
public final class E2eBenchmark {
    /** The raw loop (c) first runs over this many events, unrecorded, to compile its code path. */
    static final int RAW_WARMUP_EVENTS = 50_000;
    /** Events of each warm-up run (or all preloaded events, when fewer). */
    private static final long WARMUP_ROUND_EVENTS = 200_000;
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(15);
    private static final Duration MIN_DRAIN_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration PRELOAD_REQUEST_TIMEOUT = Duration.ofMinutes(3);

    private final E2eSettings settings;
    private final PrintWriter progress;

    public E2eBenchmark(E2eSettings settings, PrintWriter progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Runs the benchmark, prints the report as Markdown and, when {@code outDir} is not null, writes
     * {@code e2e.md} and {@code e2e.json} there.
     *
     * @throws IllegalArgumentException or IllegalStateException with a one-line reason
     */
    public void runAndReport(Path outDir) throws InterruptedException {
        E2eReport report = new E2eReport(run());
        progress.println();
        progress.print(report.markdown());
        if (outDir != null) {
            report.writeTo(outDir);
            progress.println();
            progress.println("report written to " + outDir.resolve("e2e.md") + " and " + outDir.resolve("e2e.json"));
        }
        progress.flush();
    }

    E2eResults run() throws InterruptedException {
        Instant date = Instant.now();
        String loadAtStart = MachineInfo.loadAverage();
        TriggerConfig.from(settings.config());
        try (ScratchDirectory scratch = ScratchDirectory.create("adtrigger-bench-e2e", "the benchmark's work directory");
             OnnxModel model = OnnxModel.load(settings.model(), ScorerSettings.from(settings.config()))) {
            Path work = scratch.path();
            long start = System.nanoTime();
            BenchEvents events = settings.archive() == null
                    ? BenchEvents.generated(settings.events(), settings.seed(), work)
                    : BenchEvents.fromArchive(settings.archive(), settings.events());
            say("events: %s, ready in %.1f s", events.describe(), (System.nanoTime() - start) / 1e9);
            KafkaResults kafka = runOnBroker(model, events, work);
            say("(c) raw ONNX Runtime: decode + selection + RMM + model call over the same events ...");
            RawScoringLoop loop = new RawScoringLoop(model, TriggerConfig.from(settings.config()).batchSize());
            loop.run(events.encoded().subList(0, Math.min(events.count(), RAW_WARMUP_EVENTS)));
            Throughput raw = loop.run(events.encoded());
            say("(c) %.0f events/s", raw.eventsPerSecond());
            return new E2eResults(date, MachineInfo.current(), loadAtStart, MachineInfo.loadAverage(), settings.command(),
                    describe(model, settings.config()), events.describe(), settingsUsed(kafka.config()),
                    kafka.passThrough(), kafka.scoring(), raw, kafka.steps());
        }
    }

    private KafkaResults runOnBroker(OnnxModel model, BenchEvents events, Path work) throws InterruptedException {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts();
             OffsetWatch watch = new OffsetWatch(broker.bootstrapServers())) {
            broker.start();
            String bootstrap = broker.bootstrapServers();
            TriggerConfig config = appConfig(bootstrap, "adtrigger-bench", work.resolve("unused"));
            Map<String, Integer> topics = new LinkedHashMap<>(config.topicsToCreate());
            topics.put(PassThroughTopology.OUTPUT_TOPIC, topics.get(config.eventsTopic()));
            broker.createTopics(topics);
            String input = config.eventsTopic();
            long n = preload(events, bootstrap, input, watch);

            warmUp(model, watch, bootstrap, work, input, Math.min(n, WARMUP_ROUND_EVENTS));
            Throughput passThrough;
            JitTime jitA = JitTime.start();
            try (BenchApp a = BenchApp.start(PassThroughTopology.build(input),
                    appConfig(bootstrap, "bench-e2e-passthrough", work.resolve("state-a")).streamsProperties())) {
                passThrough = a.awaitCommitted(watch, input, n, RUN_TIMEOUT);
            }
            passThrough = passThrough.withShares(jitShare(jitA));
            say("(a) pass-through: %d events in %.2f s, %.0f events/s", n, passThrough.seconds(), passThrough.eventsPerSecond());

            TriggerConfig scoringConfig = appConfig(bootstrap, "bench-e2e-scoring", work.resolve("state-b"));
            MeterRegistry registry = new SimpleMeterRegistry();
            JitTime jitB = JitTime.start();
            try (BenchApp b = BenchApp.start(AnomalyTopology.build(scoringConfig, model.card(),
                    () -> model.newScorer(scoringConfig.batchSize()), registry), scoringConfig.streamsProperties())) {
                Throughput scoring = b.awaitCommitted(watch, input, n, RUN_TIMEOUT);
                scoring = scoring.withShares(jitShare(jitB)).withShares(ScoringTimers.sharesOf(registry, scoring.seconds()));
                say("(b) scoring topology: %d events in %.2f s, %.0f events/s", n, scoring.seconds(), scoring.eventsPerSecond());
                double max = E2eResults.maximumRate(scoring);
                say("latency of (b) at %s %% of its maximum %.0f events/s, %d s per step:", settings.ratePercents(), max,
                        settings.stepDuration().toSeconds());
                Duration drain = settings.stepDuration().multipliedBy(2).compareTo(MIN_DRAIN_TIMEOUT) > 0
                        ? settings.stepDuration().multipliedBy(2) : MIN_DRAIN_TIMEOUT;
                List<LatencyStep> steps = new LatencySteps(b, watch, bootstrap, input, scoringConfig.scoredTopic(),
                        events.archive(), drain).run(max, settings.ratePercents(), settings.stepDuration(),
                        settings.warmup(), progress);
                return new KafkaResults(scoringConfig, passThrough, scoring, steps);
            }
        }
    }

    /**
     * Runs (a) and (b) in turns over the first {@code events} events, unrecorded and on application ids of their
     * own, until the JIT compilers took at most {@link JitTime#SETTLED} of a round's wall time or {@code --jit-warmup}
     * has passed, so that the timed runs find their code compiled: a cold JVM on two cores spends a third to two
     * thirds of a core in the C2 compiler for more than a minute, and (b) has more code to compile than (a). The
     * scoring rounds write to the same output topics as (b); what (b) reports is counted by its own producers.
     */
    private void warmUp(OnnxModel model, OffsetWatch watch, String bootstrap, Path work, String input, long events)
            throws InterruptedException {
        long deadline = System.nanoTime() + settings.jitWarmup().toNanos();
        for (int round = 1; !settings.jitWarmup().isZero(); round++) {
            long start = System.nanoTime();
            JitTime jit = JitTime.start();
            try (BenchApp warm = BenchApp.start(PassThroughTopology.build(input),
                    appConfig(bootstrap, "bench-e2e-warmup-a" + round, work.resolve("state-warmup-a" + round)).streamsProperties())) {
                warm.awaitCommitted(watch, input, events, RUN_TIMEOUT);
            }
            TriggerConfig config = appConfig(bootstrap, "bench-e2e-warmup-b" + round, work.resolve("state-warmup-b" + round));
            try (BenchApp warm = BenchApp.start(AnomalyTopology.build(config, model.card(),
                    () -> model.newScorer(config.batchSize()), new SimpleMeterRegistry()), config.streamsProperties())) {
                warm.awaitCommitted(watch, input, events, RUN_TIMEOUT);
            }
            double share = jit.share();
            long end = System.nanoTime();
            say("JIT warm-up round %d: (a) and (b) over %d events each in %.1f s, JIT compiling %.0f %% of it (not reported)",
                    round, events, (end - start) / 1e9, 100 * share);
            if (!(share > JitTime.SETTLED) || end - deadline >= 0) {
                return;
            }
        }
    }

    private static Map<String, Double> jitShare(JitTime jit) {
        double share = jit.share();
        return Double.isNaN(share) ? Map.of() : Map.of("JIT compiling (per wall time)", share);
    }

    /**
     * Sends the events as fast as the broker takes them and returns how many records the topic then holds.
     * On a loaded machine a produce request can outlast the client's default 30 s timeout, and an idempotent
     * producer's retry of it was refused as out of sequence (seen here at a load average of 20 on 2 cores), so
     * the preload waits longer and sends one request at a time without sequence numbers; a retried request
     * may then duplicate records, which the returned count includes.
     */
    private long preload(BenchEvents events, String bootstrap, String topic, OffsetWatch watch) throws InterruptedException {
        ReplaySummary sent = Replay.builder().archives(List.of(events.archive())).maxEvents(events.count())
                .bootstrapServers(bootstrap).topic(topic).rate(0)
                .producerProperty(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "false")
                .producerProperty(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1")
                .producerProperty(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(PRELOAD_REQUEST_TIMEOUT.toMillis()))
                .producerProperty(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(PRELOAD_REQUEST_TIMEOUT.toMillis() * 2))
                .build().run(() -> false).orThrow();
        long inTopic = watch.endOffsetSum(topic);
        say("preloaded %d events into %s in %.1f s%s", sent.events(), topic, sent.seconds(),
                inTopic == sent.events() ? "" : " (" + inTopic + " records: retries duplicated some)");
        return inTopic;
    }

    /** The user's settings on the embedded broker, with an application id and state directory of its own. */
    private TriggerConfig appConfig(String bootstrap, String applicationId, Path stateDir) {
        Properties p = new Properties();
        p.putAll(settings.config());
        p.setProperty(ConfigKey.BOOTSTRAP_SERVERS.key(), bootstrap);
        p.setProperty(ConfigKey.APPLICATION_ID.key(), applicationId);
        p.setProperty(ConfigKey.STATE_DIR.key(), stateDir.toString());
        return TriggerConfig.from(p);
    }

    private static String describe(OnnxModel model, Properties config) {
        ModelCard card = model.card();
        return String.format(Locale.ROOT, "%s (%s, %d cells, selection %s) from %s, ONNX Runtime on %s, %d intra-op thread(s)",
                card.modelId(), card.features().rmmLayout(), card.features().inputWidth(), card.selection(),
                model.file(), model.device().label(), ScorerSettings.from(config).intraOpThreads());
    }

    /** The settings throughput and latency depend on, as used. */
    private static Map<String, String> settingsUsed(TriggerConfig config) {
        Map<String, String> used = new LinkedHashMap<>();
        for (ConfigKey key : List.of(ConfigKey.TOPIC_PARTITIONS, ConfigKey.NUM_STREAM_THREADS, ConfigKey.PROCESSING_GUARANTEE,
                ConfigKey.COMMIT_INTERVAL_MS, ConfigKey.BATCH_SIZE, ConfigKey.BATCH_MAX_DELAY_MS)) {
            used.put(key.key(), config.get(key));
        }
        config.streamsProperties().forEach((k, v) -> {
            if (!used.containsKey(k.toString()) && !k.toString().equals("bootstrap.servers")
                    && !k.toString().equals("application.id") && !k.toString().equals("state.dir")) {
                used.put("kafka." + k, v.toString());
            }
        });
        Properties producer = ProducerSettings.of("", Map.of());
        for (String key : List.of(ProducerConfig.ACKS_CONFIG, ProducerConfig.LINGER_MS_CONFIG, ProducerConfig.BATCH_SIZE_CONFIG,
                ProducerConfig.COMPRESSION_TYPE_CONFIG)) {
            used.put("replay producer " + key, producer.getProperty(key));
        }
        return used;
    }

    private void say(String format, Object... args) {
        progress.println(String.format(Locale.ROOT, format, args));
        progress.flush();
    }

    private record KafkaResults(TriggerConfig config, Throughput passThrough, Throughput scoring, List<LatencyStep> steps) {
    }
}
