package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.adtrigger.schema.Event;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.probe.PrometheusText;
import org.adtrigger.probe.ResidentMemory;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17's memory case in the app as operators run it (its own JVM, the real model, default window settings):
 * 50,000 events, each of its own sample and run, in one 60 s window. Before the key cap this made 100,000 window
 * tallies and grew the process from 875 MB to 2.41 GB. With a 256 MB heap the app must score every event, stay
 * ready, tally all but the first 1,000 samples under the overflow key, and its resident memory must grow by less
 * than {@value #RSS_GROWTH_BOUND_MB} MB.
 */
class WindowKeyMemoryIT {
    private static final int EVENTS = 50_000;
    private static final long RSS_GROWTH_BOUND_MB = 256;

    @TempDir
    Path dir;

    @Test
    void fiftyThousandDistinctSampleNamesLeaveMemoryBounded() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            try (AppProcess app = AppProcess.start(List.of("-Xmx256m"), TestModelFiles.servable(dir), bootstrap,
                    dir.resolve("app.log"), "application.id=key-memory-it", "state.dir=" + dir.resolve("state"))) {
                app.awaitReady(Duration.ofSeconds(60));
                long eventTime = System.currentTimeMillis();   // one window for every event
                send(bootstrap, eventTime, 0, 1_000, "warm-up");
                app.awaitScored(1_000, Duration.ofSeconds(60));
                long before = ResidentMemory.bytesOf(app.pid());

                send(bootstrap, eventTime, 1_000, EVENTS, null);
                app.awaitScored(1_000 + EVENTS, Duration.ofSeconds(240));
                // the window holds "warm-up" and 999 more samples by name; the merger counts the rest as it merges
                awaitOverflow(app, EVENTS - 999, Duration.ofSeconds(30));
                long after = ResidentMemory.bytesOf(app.pid());
                System.out.printf("WindowKeyMemoryIT: RSS %.0f MB after warm-up, %.0f MB after %d distinct samples "
                        + "(growth %.0f MB, bound %d MB)%n", before / 1e6, after / 1e6, EVENTS, (after - before) / 1e6,
                        RSS_GROWTH_BOUND_MB);
                assertThat(app.get("/readyz").statusCode()).as(app.log()).isEqualTo(200);
                assertThat(after - before).as("RSS growth").isLessThan(RSS_GROWTH_BOUND_MB * 1024 * 1024);
            }
        }
    }

    private static void awaitOverflow(AppProcess app, double expected, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        double seen;
        do {
            seen = PrometheusText.parse(app.get("/metrics").body()).samples().stream()
                    .filter(s -> s.name().equals("adtrigger_window_overflow_events_total")
                            && "SAMPLE".equals(s.labels().get("type")))
                    .mapToDouble(PrometheusText.Sample::value).sum();
            if (seen == expected) {
                return;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertThat(seen).as("events tallied under SAMPLE:(other)").isEqualTo(expected);
    }

    /** Events {@code from} .. {@code from + count − 1}, each of its own sample and run unless {@code sample} names one. */
    private static void send(String bootstrap, long now, int from, int count, String sample) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = Topics.producer(bootstrap)) {
            for (int i = from; i < from + count; i++) {
                Event event = TestEvents.data(i, 40f + i % 100);
                event.setSample(sample == null ? "sample-" + i : sample);
                event.setRun(sample == null ? 1_000_000L + i : 1L);
                producer.send(new ProducerRecord<>("events", null, now, null, TestEvents.encode(event)));
            }
        }
    }
}
