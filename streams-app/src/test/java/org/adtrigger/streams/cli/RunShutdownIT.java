package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.scoring.onnx.TestModelFiles;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testsupport.FreePort;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} as its own process against a broker, as an operator starts it: it becomes ready, scores
 * events with the real model, reports them in /metrics, and on SIGTERM stops step by step.
 */
class RunShutdownIT {
    private static final int EVENTS = 20;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path dir;

    @Test
    void scoresUntilSigtermThenStopsGracefully() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            int port = FreePort.pick();
            Path stderr = dir.resolve("stderr.log");
            Process app = start(broker.bootstrapServers(), port, stderr);
            try {
                awaitReady(port, app, stderr);
                assertThat(get(port, "/healthz").statusCode()).isEqualTo(200);
                produceEvents(broker.bootstrapServers());
                assertThat(consumeScored(broker.bootstrapServers())).isEqualTo(EVENTS);
                assertThat(get(port, "/metrics").body())
                        .contains("adtrigger_events_scored_total " + EVENTS + ".0")
                        .contains("adtrigger_scorer_info{device=\"cpu\",layout=\"T1N2\",model=\"test-T1N2\"} 1")
                        .contains("kafka_stream_thread_")
                        .contains("jvm_gc_");

                app.destroy();
                assertThat(app.waitFor(90, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();
                assertThat(app.exitValue()).isEqualTo(143);
                assertThat(Files.readString(stderr)).contains("Shutdown requested", "Stopped Kafka Streams",
                        "Stopped HTTP server", "Stopped metrics", "Stopped ONNX model");
            } finally {
                app.destroyForcibly();
            }
        }
    }

    private Process start(String bootstrap, int port, Path stderr) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        // The production logging configuration, not the tests': its shutdown behaviour is under test too.
        return new ProcessBuilder(List.of(java, "-Dlog4j2.configurationFile=log4j2.xml",
                "-cp", System.getProperty("java.class.path"), StreamsMain.class.getName(),
                "run", "--model", TestModelFiles.servable(dir).toString(), "--bootstrap", bootstrap,
                "--http-port", Integer.toString(port), "--set", "state.dir=" + dir.resolve("state")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
    }

    private static void produceEvents(String bootstrap) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < EVENTS; i++) {
                producer.send(new ProducerRecord<>("events", TestEvents.encode(TestEvents.data(i, 40f + i))));
            }
        }
    }

    private static int consumeScored(String bootstrap) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "scored-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("scored-events"));
            int received = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (received < EVENTS && System.nanoTime() < deadline) {
                received += consumer.poll(Duration.ofMillis(500)).count();
            }
            return received;
        }
    }

    private void awaitReady(int port, Process app, Path stderr) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("app exited with " + app.exitValue() + ": " + Files.readString(stderr));
            }
            try {
                if (get(port, "/readyz").statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the model loads before the HTTP server starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not ready within 120 s: " + Files.readString(stderr));
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
