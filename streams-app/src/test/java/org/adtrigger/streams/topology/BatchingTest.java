package org.adtrigger.streams.topology;

import static org.adtrigger.streams.testing.TopologyHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testing.TopologyHarness;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Batching inside a real task: the test driver commits after every input record, and a commit scores what is
 * buffered, so even with a batch size and deadline that would hold them every event is output at once, once,
 * in arrival order, with its timestamp. (When a batch is scored between commits: BatchScoringProcessorTest.)
 */
class BatchingTest {
    @TempDir
    Path stateDir;

    @Test
    void aCommitScoresTheBufferSoNoEventWaitsPastTheCommitThatCoversItsOffset() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 100, ConfigKey.BATCH_MAX_DELAY_MS, 60_000),
                TestCards.card("none"), stateDir)) {
            for (int i = 0; i < 7; i++) {
                h.send(TestEvents.data(i, 50f + i), 100L * i);
                assertThat(h.scored.readRecordsToList()).extracting(r -> r.value().getEventNumber()).containsExactly((long) i);
            }
            assertThat(h.batches).containsExactly(1, 1, 1, 1, 1, 1, 1);
            assertThat(h.meter("adtrigger.batch.size")).as("batches recorded").isEqualTo(7);
        }
    }

    @Test
    void everyEventKeepsItsTimestamp() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 3), TestCards.card("none"), stateDir)) {
            for (int i = 0; i < 4; i++) {
                h.send(TestEvents.data(i, 50f), 100L * i);
            }
            assertThat(h.scored.readRecordsToList()).extracting(TestRecord::timestamp)
                    .containsExactly(start(0), start(100), start(200), start(300));
        }
    }

    private static long start(long plusMillis) {
        return TopologyHarness.START.toEpochMilli() + plusMillis;
    }
}
