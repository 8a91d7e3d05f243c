package org.adtrigger.streams.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.LongStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerDevice;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.PoisonScorer;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testsupport.Topics;
import org.adtrigger.streams.topology.AnomalyTopology;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records that fail after they reach the topology, on a real broker with the real ONNX Runtime scoring a real
 * model under exactly-once: each lands in events.dlq with its reason, stage and input coordinates, the good
 * events around it are scored exactly once, the app stays RUNNING, and a restart on the same state neither
 * fails nor dead-letters anything again.
 *
 * <p>The failure after intake comes from a test-only hook: the scorer factory wraps the ONNX scorer in a
 * {@link PoisonScorer}, whose model call throws on an event of E_T^miss 6666 GeV.
 */
class StreamFailuresIT {
    private static final int GOOD = 30;
    /** Room for the 900 kB event on the input topic and in the test's producer. */
    private static final int LARGE = 2 * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void a900kBSampleNameAndAnEventTheModelFailsOnAreDeadLetteredOnceAndTheAppKeepsRunningAcrossARestart() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start();
             OnnxModel model = OnnxModel.load(TestModelFiles.servable(dir), new ScorerSettings(ScorerDevice.CPU, 1, null))) {
            TriggerConfig config = config(broker, "failures-it");
            broker.createTopics(config.topicsToCreate());
            Topics.allowRecordsUpTo(broker.bootstrapServers(), "events", LARGE);

            Event huge = TestEvents.data(1_000, 50f);
            huge.setSample("s".repeat(900_000));
            Map<String, byte[]> poison = new LinkedHashMap<>();
            poison.put("huge-name", TestEvents.encode(huge));
            poison.put("model-fails", TestEvents.encode(TestEvents.data(1_001, PoisonScorer.POISON_MET)));
            assertThat(poison.get("huge-name").length).isBetween(900_000, config.maxRecordBytes());

            KafkaStreams first = start(config, model);
            Map<String, RecordMetadata> sentAt = sendAround(broker, poison, 0, GOOD);

            List<DeadLetter> letters = letters(broker, poison.size(), Duration.ofSeconds(60), Duration.ofSeconds(2));
            assertThat(letters).hasSize(2);
            DeadLetter hugeLetter = letterFor(letters, sentAt.get("huge-name"));
            assertThat(hugeLetter.getReason()).isEqualTo("FIELD_TOO_LONG");
            assertThat(hugeLetter.getStage()).isEqualTo("INTAKE");
            assertThat(hugeLetter.getErrorMessage()).contains("sample name of 900000 chars exceeds max.sample.chars = 256");
            DeadLetter failedLetter = letterFor(letters, sentAt.get("model-fails"));
            assertThat(failedLetter.getReason()).isEqualTo("PROCESSING_FAILED");
            assertThat(failedLetter.getStage()).isEqualTo("SCORING");
            assertThat(failedLetter.getErrorMessage()).contains("model call failed");
            assertThat(scoredNumbers(broker, GOOD, Duration.ofSeconds(2)))
                    .containsExactlyInAnyOrderElementsOf(LongStream.range(0, GOOD).boxed().toList());
            assertThat(first.state()).isEqualTo(KafkaStreams.State.RUNNING);
            first.close(Duration.ofSeconds(30));

            KafkaStreams second = start(config, model);
            try {
                sendAround(broker, Map.of(), GOOD, 5);
                List<Long> scored = scoredNumbers(broker, GOOD + 5, Duration.ofSeconds(3));
                assertThat(scored).containsExactlyInAnyOrderElementsOf(LongStream.range(0, GOOD + 5).boxed().toList());
                assertThat(letters(broker, poison.size() + 1, Duration.ofSeconds(3), Duration.ZERO))
                        .as("nothing dead-lettered again after the restart").hasSize(2);
                assertThat(second.state()).isEqualTo(KafkaStreams.State.RUNNING);
            } finally {
                second.close(Duration.ofSeconds(30));
            }
        }
    }

    /**
     * The producer's own limit: a sample name that intake lets through (limits raised) makes a scored event larger
     * than the producer accepts; the production handler dead-letters the input and the transaction still commits.
     */
    @Test
    void anOutputRecordTooLargeForTheProducerIsDeadLetteredAndTheAppKeepsRunning() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start();
             OnnxModel model = OnnxModel.load(TestModelFiles.servable(dir), new ScorerSettings(ScorerDevice.CPU, 1, null))) {
            TriggerConfig config = config(broker, "too-large-it")
                    .with(ConfigKey.MAX_SAMPLE_CHARS, "2000000")
                    .with(ConfigKey.MAX_RECORD_BYTES, Integer.toString(LARGE));
            broker.createTopics(config.topicsToCreate());
            Topics.allowRecordsUpTo(broker.bootstrapServers(), "events", LARGE);
            Event big = TestEvents.data(1_000, 50f);
            big.setSample("s".repeat(1_200_000));

            KafkaStreams streams = start(config, model);
            try {
                Map<String, RecordMetadata> sentAt = sendAround(broker, Map.of("big-output", TestEvents.encode(big)), 0, GOOD);
                List<DeadLetter> letters = letters(broker, 1, Duration.ofSeconds(60), Duration.ofSeconds(2));
                assertThat(letters).hasSize(1);
                DeadLetter letter = letterFor(letters, sentAt.get("big-output"));
                assertThat(letter.getReason()).isEqualTo("OUTPUT_TOO_LARGE");
                assertThat(letter.getStage()).isEqualTo("OUTPUT");
                assertThat(letter.getErrorMessage()).contains("record for topic scored-events");
                assertThat(letter.getKey()).as("the input's key").isEqualTo(
                        java.nio.ByteBuffer.wrap("big-output".getBytes(StandardCharsets.UTF_8)));
                assertThat(scoredNumbers(broker, GOOD, Duration.ofSeconds(2)))
                        .containsExactlyInAnyOrderElementsOf(LongStream.range(0, GOOD).boxed().toList());
                assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        }
    }

    private TriggerConfig config(EmbeddedKafkaBroker broker, String applicationId) {
        Properties p = new Properties();
        p.setProperty(ConfigKey.BOOTSTRAP_SERVERS.key(), broker.bootstrapServers());
        p.setProperty(ConfigKey.APPLICATION_ID.key(), applicationId);
        p.setProperty(ConfigKey.STATE_DIR.key(), dir.resolve("state").toString());
        p.setProperty(ConfigKey.BATCH_SIZE.key(), "8");
        p.setProperty(ConfigKey.COMMIT_INTERVAL_MS.key(), "100");
        return TriggerConfig.from(p);
    }

    /** The app's topology and properties, the model's scorers behind the test-only poison hook. */
    private static KafkaStreams start(TriggerConfig config, OnnxModel model) throws InterruptedException {
        Properties properties = config.streamsProperties();
        KafkaStreams streams = new KafkaStreams(AnomalyTopology.build(config, model.card(),
                () -> new PoisonScorer(model.newScorer(config.batchSize())), new SimpleMeterRegistry()), properties);
        streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        streams.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);
        return streams;
    }

    /** Sends good events {@code from} .. {@code from + count − 1}, the poison records spread between them. */
    private static Map<String, RecordMetadata> sendAround(EmbeddedKafkaBroker broker, Map<String, byte[]> poison, int from,
                                                          int count) throws Exception {
        Map<String, RecordMetadata> sentAt = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(poison.keySet());
        try (KafkaProducer<byte[], byte[]> producer = Topics.producer(broker.bootstrapServers(), LARGE)) {
            for (int j = 0; j < count; j++) {
                producer.send(new ProducerRecord<>("events", ("good-" + (from + j)).getBytes(StandardCharsets.UTF_8),
                        TestEvents.encode(TestEvents.data(from + j, 40f + j)))).get();
                int next = sentAt.size();
                if (next < names.size() && j == (next + 1) * count / (names.size() + 1) - 1) {
                    String name = names.get(next);
                    sentAt.put(name, producer.send(new ProducerRecord<>("events", name.getBytes(StandardCharsets.UTF_8),
                            poison.get(name))).get());
                }
            }
        }
        assertThat(sentAt.keySet()).containsExactlyElementsOf(names);
        return sentAt;
    }

    private static List<DeadLetter> letters(EmbeddedKafkaBroker broker, int expected, Duration patience, Duration linger) {
        return Topics.readCommitted(broker.bootstrapServers(), Topics.DEFAULT.deadLetters(),
                expected, patience, linger).stream().map(ConsumerRecord::value).toList();
    }

    private static DeadLetter letterFor(List<DeadLetter> letters, RecordMetadata sent) {
        return letters.stream().filter(l -> l.getTopic().equals("events") && l.getPartition() == sent.partition()
                && l.getOffset() == sent.offset()).findFirst()
                .orElseThrow(() -> new AssertionError("no letter for events partition " + sent.partition() + " offset "
                        + sent.offset() + " in " + letters));
    }

    /** Event numbers on scored-events (read_committed), duplicates kept so that a test sees them. */
    private static List<Long> scoredNumbers(EmbeddedKafkaBroker broker, int expected, Duration linger) {
        return Topics.readCommitted(broker.bootstrapServers(), Topics.DEFAULT.scored(),
                expected, Duration.ofSeconds(60), linger)
                .stream().map(r -> r.value().getEventNumber()).toList();
    }
}
