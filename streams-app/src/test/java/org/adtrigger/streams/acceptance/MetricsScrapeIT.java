package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adtrigger.scoring.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.metrics.PrometheusText;
import org.adtrigger.streams.testsupport.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /metrics of a running app, after good events and a poison record, exports every meter the README's
 * "Meters" paragraph documents, with its tags, plus Kafka Streams client and JVM metrics. The list is read
 * from the README itself, so the test fails when the documentation and the app drift apart.
 */
class MetricsScrapeIT {
    private static final Path README = Path.of("..", "README.md");
    private static final Pattern METER = Pattern.compile("`(\\.?[a-z][a-z.]*)(?:\\{([a-z,]+)})?`");
    private static final int GOOD = 5;

    /** A documented meter: its full name and tag keys. */
    record Meter(String name, List<String> tags) {
        String prometheusPrefix() {
            return name.replace('.', '_');
        }
    }

    @TempDir
    Path dir;

    @Test
    void exportsEveryDocumentedMeterWithItsTags() throws Exception {
        List<Meter> documented = documentedMeters();
        assertThat(documented).extracting(Meter::name).contains("adtrigger.events.received",
                "adtrigger.events.dead.lettered", "adtrigger.window.rate", "adtrigger.scorer.info");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            try (AppProcess app = AppProcess.start(TestModelFiles.servable(dir), broker.bootstrapServers(),
                    dir.resolve("app.log"), "application.id=metrics-it", "state.dir=" + dir.resolve("state"))) {
                app.awaitReady(Duration.ofSeconds(60));
                try (KafkaProducer<byte[], byte[]> producer = Topics.producer(broker.bootstrapServers())) {
                    for (int i = 0; i < GOOD; i++) {
                        producer.send(new ProducerRecord<>("events", TestEvents.encode(TestEvents.data(i, 40f + i))));
                    }
                    producer.send(new ProducerRecord<>("events", "poison".getBytes(StandardCharsets.UTF_8)));
                }
                PrometheusText scrape = awaitCounts(app);

                for (Meter meter : documented) {
                    List<PrometheusText.Sample> series = scrape.samples().stream()
                            .filter(s -> s.name().equals(meter.prometheusPrefix()) || s.name().startsWith(meter.prometheusPrefix() + "_"))
                            .toList();
                    assertThat(series).as("series of " + meter.name()).isNotEmpty();
                    assertThat(series).as("tags of " + meter.name())
                            .allSatisfy(s -> assertThat(s.labels().keySet()).containsAll(meter.tags()));
                }
                assertThat(scrape.samples()).extracting(PrometheusText.Sample::name)
                        .anySatisfy(name -> assertThat(name).startsWith("kafka_stream_"))
                        .anySatisfy(name -> assertThat(name).startsWith("jvm_"));
            }
        }
    }

    /** Waits until the good events are scored and the poison dead-lettered, then returns that scrape. */
    private static PrometheusText awaitCounts(AppProcess app) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            PrometheusText scrape = PrometheusText.parse(app.get("/metrics").body());
            double deadLettered = scrape.samples().stream()
                    .filter(s -> s.name().equals("adtrigger_events_dead_lettered_total")
                            && "DESERIALIZATION".equals(s.labels().get("reason")))
                    .mapToDouble(PrometheusText.Sample::value).sum();
            if (scrape.valueOf("adtrigger_events_scored_total") == GOOD && deadLettered == 1) {
                return scrape;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("scored " + scrape.valueOf("adtrigger_events_scored_total") + ", dead-lettered "
                        + deadLettered + " after 30 s: " + app.log());
            }
            Thread.sleep(100);
        }
    }

    /**
     * The meters of the README's "Meters" paragraph, e.g. {@code `adtrigger.events.received`} or
     * {@code `.dead.lettered{reason}`}: a name starting with a dot continues the namespace of the last full
     * name before it ({@code adtrigger.events}).
     */
    static List<Meter> documentedMeters() throws Exception {
        String readme = Files.readString(README);
        int start = readme.indexOf("- Meters (Micrometer):");
        assertThat(start).as("README has a Meters paragraph").isNotNegative();
        int end = readme.indexOf("\n\n", start);
        Matcher m = METER.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<Meter> meters = new ArrayList<>();
        String namespace = "";
        while (m.find()) {
            String name = m.group(1);
            if (name.startsWith(".")) {
                name = namespace + name;
            } else {
                namespace = name.substring(0, name.lastIndexOf('.'));
            }
            meters.add(new Meter(name, m.group(2) == null ? List.of() : List.of(m.group(2).split(","))));
        }
        return meters;
    }
}
