package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.adtrigger.streams.broker.EmbeddedKafkaBroker;
import org.adtrigger.testsupport.TestArchives;
import org.adtrigger.streams.testsupport.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adtrigger replay} against a real broker, with wall-clock timestamps and the printed summary. */
class ReplayCommandIT {
    @TempDir
    Path dir;

    @Test
    void replaysWithWallClockTimestampsAndPrintsTheSummary() throws Exception {
        Path background = TestArchives.write(dir.resolve("bg.avro"), "zee,ttbar", 500, 1);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(Map.of("live", 2));
            long before = System.currentTimeMillis();
            CommandRun run = CommandRun.of("replay", "--in", background.toString(), "--topic", "live", "--bootstrap",
                    broker.bootstrapServers(), "--rate", "0", "--loop", "--max-events", "750", "--no-progress");
            long after = System.currentTimeMillis();

            assertThat(run.exitCode).as(run.err.toString()).isZero();
            assertThat(run.err.toString()).startsWith("replayed 750 events (0 injected) in ")
                    .containsPattern("zee +\\d+ sent +0 injected").containsPattern("ttbar +\\d+ sent");
            List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(broker.bootstrapServers(), "live", 750);
            assertThat(records).hasSize(750)
                    .allSatisfy(r -> assertThat(r.timestamp()).isBetween(before, after));
        }
    }

    @Test
    void originalTimeFromAnOriginDaysAheadIsAcceptedByTheEmbeddedBroker() throws Exception {
        Path background = TestArchives.write(dir.resolve("bg.avro"), "zee", 100, 1);
        Instant origin = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.onFreePorts().start()) {
            broker.createTopics(Map.of("future", 1));
            CommandRun run = CommandRun.of("replay", "--in", background.toString(), "--topic", "future", "--bootstrap",
                    broker.bootstrapServers(), "--rate", "1000", "--time", "original", "--time-origin", origin.toString(),
                    "--no-progress");

            assertThat(run.exitCode).as(run.err.toString()).isZero();
            assertThat(run.err.toString()).startsWith("replayed 100 events");
            List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(broker.bootstrapServers(), "future", 100);
            assertThat(records).hasSize(100);
            assertThat(records.get(0).timestamp()).isEqualTo(origin.toEpochMilli());
            assertThat(records.get(99).timestamp()).isEqualTo(origin.toEpochMilli() + 99);
        }
    }
}
