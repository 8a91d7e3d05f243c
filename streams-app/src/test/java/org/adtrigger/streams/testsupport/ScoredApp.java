package org.adtrigger.streams.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.probe.PrometheusText;
import org.adtrigger.streams.testing.TestEvents;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * An embedded broker with the default topics and {@code adtrigger run} (a child JVM, see {@link AppProcess})
 * that has scored {@value #GOOD} good events and dead-lettered one poison record: a running app whose
 * /metrics holds every series the tests of its metrics, dashboards and alerts look for.
 */
public final class ScoredApp implements AutoCloseable {
    public static final int GOOD = 5;
    /** Records sent to the events topic: the good events and one poison record. */
    public static final int SENT = GOOD + 1;

    private final Path dir;
    private final EmbeddedKafkaBroker broker;
    private final AppProcess app;

    private ScoredApp(Path dir, EmbeddedKafkaBroker broker, AppProcess app) {
        this.dir = dir;
        this.broker = broker;
        this.app = app;
    }

    /**
     * Starts broker and app (model, state and log in a temporary directory it deletes on close), sends the
     * records and waits until both counts show in /metrics.
     */
    public static ScoredApp start(String applicationId) throws Exception {
        Path dir = Files.createTempDirectory("scored-app");
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start();
        AppProcess app = null;
        try {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            app = AppProcess.start(TestModelFiles.servable(dir), broker.bootstrapServers(), dir.resolve("app.log"),
                    "application.id=" + applicationId, "state.dir=" + dir.resolve("state"));
            app.awaitReady(Duration.ofSeconds(60));
            try (KafkaProducer<byte[], byte[]> producer = Topics.producer(broker.bootstrapServers())) {
                for (int i = 0; i < GOOD; i++) {
                    producer.send(new ProducerRecord<>("events", TestEvents.encode(TestEvents.data(i, 40f + i))));
                }
                producer.send(new ProducerRecord<>("events", "poison".getBytes(StandardCharsets.UTF_8)));
            }
            ScoredApp scored = new ScoredApp(dir, broker, app);
            scored.awaitCounts();
            return scored;
        } catch (Exception | AssertionError e) {
            close(dir, broker, app);
            throw e;
        }
    }

    public AppProcess app() {
        return app;
    }

    /** The current /metrics. */
    public PrometheusText scrape() throws Exception {
        return PrometheusText.parse(app.get("/metrics").body());
    }

    private void awaitCounts() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            PrometheusText scrape = scrape();
            double deadLettered = scrape.samples().stream()
                    .filter(s -> s.name().equals("adtrigger_events_dead_lettered_total")
                            && "DESERIALIZATION".equals(s.labels().get("reason")))
                    .mapToDouble(PrometheusText.Sample::value).sum();
            if (scrape.valueOf("adtrigger_events_scored_total") == GOOD && deadLettered == 1) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("scored " + scrape.valueOf("adtrigger_events_scored_total") + ", dead-lettered "
                        + deadLettered + " after 30 s: " + app.log());
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        close(dir, broker, app);
    }

    private static void close(Path dir, EmbeddedKafkaBroker broker, AppProcess app) throws IOException, InterruptedException {
        if (app != null) {
            app.kill();
        }
        broker.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
