package org.adtrigger.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.LongStream;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.testing.MetScorer;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testing.TopologyHarness;
import org.adtrigger.streams.testsupport.Topics;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exactly-once through a crash in the middle of a batch, on a real broker. Batches of 300, one input
 * partition, and a deadline long enough that between commits only full batches are scored:
 * <ol>
 *   <li>1000 events: three full batches are output as they fill, and the commit that covers the last 100
 *       events' input offsets scores them first (the buffer is never committed non-empty);</li>
 *   <li>800 more: the first batch is output into the open transaction, then the scorer fails on the next
 *       one, and the instance dies without committing, its buffer lost with its memory;</li>
 *   <li>a new instance re-reads the uncommitted input from the committed offsets and finishes.</li>
 * </ol>
 * A commit that covered buffered events without scoring them would lose them; outputs outside the
 * transaction would duplicate the batch of step 2. Read with read_committed, the output must hold every
 * input once.
 */
class CrashRecoveryIT {
    private static final int FIRST = 1000;
    private static final int SECOND = 800;
    private static final int BATCH = 300;

    @TempDir
    Path stateDir;

    @Test
    void everyInputIsOutputExactlyOnceAcrossACrashMidBatch() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            TriggerConfig config = config(broker);
            broker.createTopics(config.topicsToCreate());
            AtomicInteger batchesUntilCrash = new AtomicInteger();
            IntConsumer crashSwitch = n -> {
                if (batchesUntilCrash.get() > 0 && batchesUntilCrash.decrementAndGet() == 0) {
                    // an Error, as a crash is: an exception would only dead-letter the batch's events one by one
                    throw new SimulatedCrash();
                }
            };

            KafkaStreams first = start(config.with(ConfigKey.BATCH_MAX_DELAY_MS, "600000"), crashSwitch);
            produce(broker, 0, FIRST);
            assertThat(readScored(broker, FIRST, Duration.ofSeconds(30), Duration.ZERO)).hasSize(FIRST);

            batchesUntilCrash.set(2);
            produce(broker, FIRST, SECOND);
            awaitState(first, KafkaStreams.State.ERROR, Duration.ofSeconds(30));
            first.close(Duration.ofSeconds(10));
            assertThat(batchesUntilCrash.get()).as("the crash switch fired").isZero();

            KafkaStreams second = start(config, n -> { });
            try {
                List<Long> numbers = readScored(broker, FIRST + SECOND, Duration.ofSeconds(40), Duration.ofSeconds(2));
                assertThat(numbers).hasSize(FIRST + SECOND).doesNotHaveDuplicates();
                assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                        LongStream.range(0, FIRST + SECOND).boxed().toList());
            } finally {
                second.close(Duration.ofSeconds(10));
            }
        }
    }

    /** What the scorer throws to stop the stream thread in the middle of a batch. */
    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash in the middle of a batch");
        }
    }

    private TriggerConfig config(EmbeddedKafkaBroker broker) {
        Properties p = new Properties();
        p.setProperty(ConfigKey.BOOTSTRAP_SERVERS.key(), broker.bootstrapServers());
        p.setProperty(ConfigKey.APPLICATION_ID.key(), "crash-it");
        p.setProperty(ConfigKey.STATE_DIR.key(), stateDir.toString());
        p.setProperty(ConfigKey.TOPIC_PARTITIONS.key(), "1");
        p.setProperty(ConfigKey.BATCH_SIZE.key(), Integer.toString(BATCH));
        p.setProperty(ConfigKey.BATCH_MAX_DELAY_MS.key(), "50");
        p.setProperty(ConfigKey.COMMIT_INTERVAL_MS.key(), "500");
        // The crashed member leaves no goodbye: let the broker notice it in seconds, not the default 45 s.
        p.setProperty(ConfigKey.KAFKA_PREFIX + "consumer.session.timeout.ms", "6000");
        p.setProperty(ConfigKey.KAFKA_PREFIX + "consumer.heartbeat.interval.ms", "1000");
        return TriggerConfig.from(p);
    }

    private static KafkaStreams start(TriggerConfig config, IntConsumer onBatch) {
        KafkaStreams streams = new KafkaStreams(
                AnomalyTopology.build(config, TestCards.card("none"),
                        () -> new MetScorer(TestCards.LAYOUT, config.batchSize(), onBatch), new SimpleMeterRegistry()),
                config.streamsProperties());
        streams.setUncaughtExceptionHandler(e -> StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
        streams.start();
        return streams;
    }

    private static void produce(EmbeddedKafkaBroker broker, int from, int count) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = from; i < from + count; i++) {
                producer.send(new ProducerRecord<>("events", TopologyHarness.key(i),
                        TestEvents.encode(TestEvents.data(i, 50f + i % 400))));
            }
        }
    }

    /**
     * Event numbers on scored-events as a read_committed reader sees them: until {@code expected} arrived
     * or {@code patience} is up, then for {@code linger} more, so that duplicates have time to show.
     */
    private static List<Long> readScored(EmbeddedKafkaBroker broker, int expected, Duration patience, Duration linger) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Long> numbers = new ArrayList<>();
        Topic<byte[], ScoredEvent> scored = Topics.DEFAULT.scored();
        try (var consumer = new KafkaConsumer<>(p, scored.keys().deserializer(), scored.values().deserializer())) {
            consumer.subscribe(List.of(scored.name()));
            long deadline = System.nanoTime() + patience.toNanos();
            while (numbers.size() < expected && System.nanoTime() < deadline) {
                poll(consumer, numbers);
            }
            long lingerEnd = System.nanoTime() + linger.toNanos();
            while (System.nanoTime() < lingerEnd) {
                poll(consumer, numbers);
            }
        }
        return numbers;
    }

    private static void poll(KafkaConsumer<byte[], ScoredEvent> consumer, List<Long> numbers) {
        for (ConsumerRecord<byte[], ScoredEvent> r : consumer.poll(Duration.ofMillis(200))) {
            numbers.add(r.value().getEventNumber());
        }
    }

    private static void awaitState(KafkaStreams streams, KafkaStreams.State state, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (streams.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(streams.state()).isEqualTo(state);
    }
}
