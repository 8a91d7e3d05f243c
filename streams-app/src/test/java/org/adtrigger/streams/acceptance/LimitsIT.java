package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.probe.PrometheusText;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testsupport.AppProcess;
import org.adtrigger.streams.testsupport.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * max.objects and max.record.bytes set through the app's configuration and enforced on a real broker:
 * an input at each limit is scored, one object or one byte over it is dead-lettered with the reason, its
 * coordinates and both sizes in the message, and counted in adtrigger.events.dead.lettered{reason}.
 */
class LimitsIT {
    private static final int MAX_OBJECTS = 8;
    private static final int MAX_BYTES = 2048;

    @TempDir
    Path dir;

    @Test
    void inputsAtTheConfiguredLimitsAreScoredAndInputsOverThemAreDeadLettered() throws Exception {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        inputs.put("at-object-limit", TestEvents.encode(withObjects(1, MAX_OBJECTS)));
        inputs.put("over-object-limit", TestEvents.encode(withObjects(2, MAX_OBJECTS + 1)));
        inputs.put("at-byte-limit", ofSize(3, MAX_BYTES));
        inputs.put("over-byte-limit", ofSize(4, MAX_BYTES + 1));
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(TriggerConfig.defaults().topicsToCreate());
            String bootstrap = broker.bootstrapServers();
            try (AppProcess app = AppProcess.start(TestModelFiles.servable(dir), bootstrap, dir.resolve("app.log"),
                    "application.id=limits-it", "state.dir=" + dir.resolve("state"),
                    "max.objects=" + MAX_OBJECTS, "max.record.bytes=" + MAX_BYTES,
                    // the byte-limit events reach their size with a long sample name: not what this test limits
                    "max.sample.chars=" + MAX_BYTES)) {
                app.awaitReady(Duration.ofSeconds(60));
                Map<String, RecordMetadata> sentAt = new LinkedHashMap<>();
                try (KafkaProducer<byte[], byte[]> producer = Topics.producer(bootstrap)) {
                    for (var input : inputs.entrySet()) {
                        sentAt.put(input.getKey(), producer.send(new ProducerRecord<>("events",
                                input.getKey().getBytes(StandardCharsets.UTF_8), input.getValue())).get());
                    }
                }

                List<DeadLetter> letters = Topics.readCommitted(bootstrap, Topics.DEFAULT.deadLetters(),
                        2, Duration.ofSeconds(60), Duration.ofSeconds(1))
                        .stream().map(ConsumerRecord::value).toList();
                assertThat(letters).as(app.log()).hasSize(2);
                DeadLetter objects = letter(letters, "over-object-limit");
                RecordMetadata at = sentAt.get("over-object-limit");
                assertThat(objects.getReason()).isEqualTo("TOO_MANY_OBJECTS");
                assertThat(objects.getErrorMessage()).isEqualTo("events partition " + at.partition() + " offset " + at.offset()
                        + ": 9 objects exceed max.objects = 8");
                assertThat(objects.getValue()).isEqualTo(ByteBuffer.wrap(inputs.get("over-object-limit")));
                DeadLetter bytes = letter(letters, "over-byte-limit");
                at = sentAt.get("over-byte-limit");
                assertThat(bytes.getReason()).isEqualTo("OVERSIZE");
                assertThat(bytes.getErrorMessage()).isEqualTo("events partition " + at.partition() + " offset " + at.offset()
                        + ": record of 2049 bytes exceeds max.record.bytes = 2048");
                assertThat(bytes.getValue()).isNull();

                List<Long> scored = Topics.readCommitted(bootstrap, Topics.DEFAULT.scored(),
                        2, Duration.ofSeconds(30), Duration.ofSeconds(1))
                        .stream().map(r -> r.value().getEventNumber()).toList();
                assertThat(scored).containsExactlyInAnyOrder(1L, 3L);
                PrometheusText metrics = PrometheusText.parse(app.get("/metrics").body());
                assertThat(metrics.sumWhere("adtrigger_events_dead_lettered_total", "reason", "TOO_MANY_OBJECTS")).isEqualTo(1);
                assertThat(metrics.sumWhere("adtrigger_events_dead_lettered_total", "reason", "OVERSIZE")).isEqualTo(1);
            }
        }
    }

    private static Event withObjects(long number, int n) {
        Event event = TestEvents.data(number, 50f);
        while (event.getObjects().size() < n) {
            event.getObjects().add(TestEvents.massless(ObjectType.PHOTON, 30f, 0.1f, 0.2f));
        }
        return event;
    }

    /** An event whose encoding is exactly {@code bytes} long, padded through its sample name. */
    private static byte[] ofSize(long number, int bytes) {
        Event event = TestEvents.data(number, 50f);
        // Names of 64 to 8191 characters all take a two-byte length, so the size grows one byte per character.
        event.setSample("s".repeat(100));
        int padding = bytes - TestEvents.encode(event).length;
        event.setSample("s".repeat(100 + padding));
        byte[] encoded = TestEvents.encode(event);
        assertThat(encoded).hasSize(bytes);
        return encoded;
    }

    private static DeadLetter letter(List<DeadLetter> letters, String key) {
        return letters.stream().filter(l -> StandardCharsets.UTF_8.decode(l.getKey().duplicate()).toString().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter for " + key + " in " + letters));
    }
}
