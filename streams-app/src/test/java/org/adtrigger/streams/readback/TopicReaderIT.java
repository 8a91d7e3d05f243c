package org.adtrigger.streams.readback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reader on the real embedded broker: committed records only, decoded, bad ones with their error. */
class TopicReaderIT {
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.onFreePorts().start();
        broker.createTopics(Map.of("anomalies", 2));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void readsCommittedRecordsDecodedAndSkipsAbortedOnes() throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = transactionalProducer()) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(record(1, "anomalies"));
            producer.send(record(2, "anomalies"));
            producer.send(new ProducerRecord<>("anomalies", 0, bytes("3:3"), bytes("not avro")));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(record(99, "anomalies"));
            producer.flush();
            producer.abortTransaction();
        }

        List<TopicRecord> read = new ArrayList<>();
        try (TopicReader reader = new TopicReader(broker.bootstrapServers(), "anomalies", TopicKind.ANOMALIES,
                true)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!reader.caughtUp() && System.nanoTime() < deadline) {
                read.addAll(reader.poll(Duration.ofMillis(200)));
            }
            assertThat(reader.caughtUp()).isTrue();
        }

        assertThat(read).hasSize(3);
        assertThat(read).filteredOn(r -> r.error() == null).extracting(r -> ((ScoredEvent) r.value()).getEventNumber())
                .containsExactlyInAnyOrder(1L, 2L);
        assertThat(read).filteredOn(r -> r.error() != null).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("3:3"));
    }

    @Test
    void aMissingTopicIsOneClearError() {
        assertThatThrownBy(() -> new TopicReader(broker.bootstrapServers(), "no-such-topic",
                TopicKind.SCORED_EVENTS, true)).hasMessageContaining("topic 'no-such-topic' does not exist");
    }

    private static ProducerRecord<byte[], byte[]> record(long event, String topic) {
        ScoredEvent e = ScoredEvent.newBuilder().setRun(1).setEventNumber(event).setSample("s").setWeight(1.0)
                .setLabel(TruthLabel.UNKNOWN).setEventTimeMs(0).setScore(1f).setTier(3).setModelId("m")
                .setMetEt(50f).build();
        return new ProducerRecord<>(topic, bytes("1:" + event), AvroSerdes.scoredEvent().serializer().serialize(topic, e));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static KafkaProducer<byte[], byte[]> transactionalProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "topic-reader-it");
        return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }
}
