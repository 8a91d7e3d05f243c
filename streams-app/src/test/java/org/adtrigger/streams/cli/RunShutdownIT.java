package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} as its own process against a broker, as an operator starts it: it becomes ready, scores
 * events with the real model, reports them in /metrics, and on SIGTERM stops step by step.
 */
class RunShutdownIT {
    private static final int EVENTS = 20;

    @TempDir
    Path dir;

    @Test
    void scoresUntilSigtermThenStopsGracefully() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            Path stderr = dir.resolve("stderr.log");
            // The production logging configuration, not the tests': its shutdown behaviour is under test too.
            try (AppProcess app = AppProcess.start(TestModelFiles.servable(dir), broker.bootstrapServers(), stderr,
                    "state.dir=" + dir.resolve("state"))) {
                app.awaitReady(Duration.ofSeconds(120));
                assertThat(app.get("/healthz").statusCode()).isEqualTo(200);
                try (KafkaProducer<byte[], byte[]> producer = Topics.producer(broker.bootstrapServers())) {
                    for (int i = 0; i < EVENTS; i++) {
                        producer.send(new ProducerRecord<>("events", TestEvents.encode(TestEvents.data(i, 40f + i))));
                    }
                }
                assertThat(Topics.readCommitted(broker.bootstrapServers(), Topics.DEFAULT.scored().rawValues(), EVENTS,
                        Duration.ofSeconds(60), Duration.ZERO)).hasSize(EVENTS);
                assertThat(app.get("/metrics").body())
                        .contains("adtrigger_events_scored_total " + EVENTS + ".0")
                        .contains("adtrigger_scorer_info{device=\"cpu\",layout=\"T1N2\",model=\"test-T1N2\"} 1")
                        .contains("kafka_stream_thread_")
                        .contains("jvm_gc_");

                assertThat(app.terminate(Duration.ofSeconds(90))).as("a requested stop is a success").isZero();
                assertThat(Files.readString(stderr)).as("no stack trace at a stop").doesNotContain("\tat ");
                assertThat(Files.readString(stderr)).contains("Shutdown requested", "Stopped Kafka Streams",
                        "Stopped HTTP server", "Stopped metrics", "Stopped ONNX model");
                // the totals are printed after a SIGTERM too, before the JVM exits
                assertThat(Files.readString(stderr)).contains("run: " + EVENTS + " events in, 0 dead-lettered, "
                        + EVENTS + " scored");
            }
        }
    }
}
