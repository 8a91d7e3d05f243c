package org.adtrigger.streams.topology;

import static org.adtrigger.streams.testing.TopologyHarness.config;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.testing.TopologyHarness;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchingTest {
    @TempDir
    Path stateDir;

    @Test
    void aFullBatchIsScoredInOneCallAtOnce() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 3, ConfigKey.BATCH_MAX_DELAY_MS, 60_000),
                TestCards.card("none"), stateDir)) {
            h.send(TestEvents.data(1, 50f), 0);
            h.send(TestEvents.data(2, 50f), 0);
            assertThat(h.scored.isEmpty()).isTrue();
            assertThat(h.batches).isEmpty();

            h.send(TestEvents.data(3, 50f), 0);
            assertThat(h.scored.readValuesToList()).extracting(ScoredEvent::getEventNumber).containsExactly(1L, 2L, 3L);
            assertThat(h.batches).containsExactly(3);
        }
    }

    @Test
    void aPartialBatchIsScoredWhenTheWallClockDeadlinePasses() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 100, ConfigKey.BATCH_MAX_DELAY_MS, 20),
                TestCards.card("none"), stateDir)) {
            h.send(TestEvents.data(1, 50f), 0);
            h.send(TestEvents.data(2, 50f), 0);
            h.driver.advanceWallClockTime(Duration.ofMillis(19));
            assertThat(h.scored.isEmpty()).isTrue();

            h.driver.advanceWallClockTime(Duration.ofMillis(1));
            assertThat(h.scored.readValuesToList()).extracting(ScoredEvent::getEventNumber).containsExactly(1L, 2L);
            assertThat(h.batches).containsExactly(2);

            h.driver.advanceWallClockTime(Duration.ofMillis(100));
            assertThat(h.batches).as("an empty buffer is not scored").containsExactly(2);
        }
    }

    @Test
    void sizeAndDeadlineTogetherScoreEveryEventOnceInArrivalOrderWithItsTimestamp() {
        try (TopologyHarness h = new TopologyHarness(config(ConfigKey.BATCH_SIZE, 3, ConfigKey.BATCH_MAX_DELAY_MS, 20),
                TestCards.card("none"), stateDir)) {
            for (int i = 0; i < 7; i++) {
                h.send(TestEvents.data(i, 50f + i), 100L * i);
            }
            h.driver.advanceWallClockTime(Duration.ofMillis(20));

            var out = h.scored.readRecordsToList();
            assertThat(h.batches).containsExactly(3, 3, 1);
            assertThat(out).extracting(r -> r.value().getEventNumber()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(out).extracting(TestRecord::timestamp)
                    .containsExactly(start(0), start(100), start(200), start(300), start(400), start(500), start(600));
            assertThat(h.meter("adtrigger.batch.size")).as("batches recorded").isEqualTo(3);
        }
    }

    private static long start(long plusMillis) {
        return TopologyHarness.START.toEpochMilli() + plusMillis;
    }
}
