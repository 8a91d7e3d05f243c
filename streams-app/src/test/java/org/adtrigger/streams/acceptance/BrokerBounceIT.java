package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.GeneratedEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker goes away under the running app and comes back on the same port with the same log directory:
 * the app (its own JVM, default settings, so exactly_once_v2) is given a first batch of input, the broker
 * is stopped while that batch is being scored, kept down for {@value #DOWN_SECONDS} s and restarted, and
 * the rest of the input follows. A read_committed reader of scored-events must see every selected input
 * exactly once, and the app must be RUNNING again without a restart.
 */
class BrokerBounceIT {
    private static final int BEFORE = 40_000;
    private static final int AFTER = 10_000;
    /** Events scored before the broker is stopped (about a quarter of the inputs pass the selection): output is flowing. */
    private static final double SCORED_BEFORE_STOP = 500;
    private static final long DOWN_SECONDS = 5;

    @TempDir
    Path dir;

    @Test
    void everySelectedInputIsScoredExactlyOnceAcrossABrokerRestartAndTheAppRecovers() throws Exception {
        List<Event> inputs = GeneratedEvents.generate(BEFORE + AFTER, 11L);
        Set<Long> selected = GeneratedEvents.selectedNumbers(inputs, TestModelFiles.SELECTION);
        long start = System.nanoTime();
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            try (AppProcess app = AppProcess.start(TestModelFiles.selective(dir), bootstrap, dir.resolve("app.log"),
                    "application.id=bounce-it", "state.dir=" + dir.resolve("state"))) {
                app.awaitReady(Duration.ofSeconds(60));
                send(bootstrap, inputs.subList(0, BEFORE));
                awaitScored(app, SCORED_BEFORE_STOP);
                double receivedAtStop = app.metric("adtrigger_events_received_total");
                broker.stop();
                System.out.printf("BrokerBounceIT: broker stopped after %.1f s, %.0f of %d inputs taken in%n",
                        seconds(start), receivedAtStop, BEFORE);
                assertThat(receivedAtStop).as("stopped mid-stream").isLessThan(BEFORE);
                assertThat(app.isAlive()).isTrue();
                TimeUnit.SECONDS.sleep(DOWN_SECONDS);
                broker.start();
                System.out.printf("BrokerBounceIT: broker back after %.1f s%n", seconds(start));
                send(bootstrap, inputs.subList(BEFORE, BEFORE + AFTER));

                List<Long> numbers = Topics.readCommitted(bootstrap, Topics.DEFAULT.scored(),
                        selected.size(), Duration.ofSeconds(60),
                                Duration.ofSeconds(3))
                        .stream().map(ConsumerRecord::value).map(ScoredEvent::getEventNumber).toList();
                System.out.printf("BrokerBounceIT: %d scored events read after %.1f s (%d selected)%n", numbers.size(),
                        seconds(start), selected.size());
                assertThat(numbers).as(app.log()).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(selected);
                app.awaitReady(Duration.ofSeconds(30));
                app.log().lines().filter(line -> line.contains("Kafka Streams ") && line.contains(" -> "))
                        .forEach(line -> System.out.println("BrokerBounceIT: app: " + line));
                assertThat(app.metric("adtrigger_events_received_total")).isGreaterThanOrEqualTo(BEFORE + AFTER);
            }
        }
    }

    private static void send(String bootstrap, List<Event> events) {
        try (KafkaProducer<byte[], byte[]> producer = Topics.producer(bootstrap)) {
            for (Event e : events) {
                producer.send(GeneratedEvents.record(e, System.currentTimeMillis()));
            }
            producer.flush();
        }
    }

    private static void awaitScored(AppProcess app, double events) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (app.metric("adtrigger_events_scored_total") < events) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + events + " events scored within 60 s: " + app.log());
            }
            Thread.sleep(50);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
