package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code adtrigger tail} against the embedded broker: JSON lines on stdout, a count on stderr. */
class TailCommandIT {
    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.onFreePorts().start();
        broker.createTopics(Map.of("window-summaries", 1));
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (int i = 0; i < 3; i++) {
                WindowSummary w = WindowSummary.newBuilder().setWindowStartMs(i * 10_000L)
                        .setWindowEndMs((i + 1) * 10_000L).setKeyType(WindowKeyType.ALL).setKey("all")
                        .setCounts(List.of(10L, 3L, 1L, 0L)).setSumW(List.of(10.0, 3.0, 1.0, 0.0))
                        .setSumW2(List.of(10.0, 3.0, 1.0, 0.0)).setExpectedBackground(List.of(10.0, 2.0, 1.0, 0.5))
                        .setObservedSignal(List.of(0.0, 1.0, 0.0, -0.5)).setZ(List.of(0.0, 0.7, 0.0, -0.7))
                        .setAsimovZ(List.of(0.0, 0.7, 0.0, -1.0)).setRateHz(1.0).setScoreQuantiles(Map.of("p50", 0.1))
                        .build();
                producer.send(new ProducerRecord<>("window-summaries", "all".getBytes(StandardCharsets.UTF_8),
                        AvroSerdes.windowSummary().serializer().serialize("window-summaries", w))).get();
            }
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void printsTheRecordsSoFarAsJsonLinesUpToMax() {
        CommandRun run = CommandRun.of("tail", "--topic", "window-summaries", "--bootstrap",
                broker.bootstrapServers(), "--from-beginning", "--max", "2");

        assertThat(run.exitCode).as(run.err.toString()).isZero();
        assertThat(run.out.toString().lines()).hasSize(2).allSatisfy(line -> assertThat(line)
                .startsWith("{\"topic\":\"window-summaries\",\"partition\":0,").contains("\"key\":\"all\""));
        assertThat(run.err.toString()).contains("tail: 2 record(s) from window-summaries");

        CommandRun all = CommandRun.of("tail", "--topic", "window-summaries", "--bootstrap",
                broker.bootstrapServers(), "--from-beginning");
        assertThat(all.out.toString().lines()).hasSize(3);
    }

    @Test
    void usageErrorsSayWhatIsMissing() {
        CommandRun neither = CommandRun.of("tail", "--topic", "anomalies", "--bootstrap", broker.bootstrapServers());
        assertThat(neither.exitCode).isEqualTo(2);
        assertThat(neither.err.toString()).contains("nothing to read: add --from-beginning");
        CommandRun unknown = CommandRun.of("tail", "--topic", "events", "--from-beginning");
        assertThat(unknown.exitCode).isEqualTo(2);
        assertThat(unknown.err.toString())
                .contains("unknown topic 'events'; one of anomalies|scored-events|window-summaries|events.dlq");
    }
}
