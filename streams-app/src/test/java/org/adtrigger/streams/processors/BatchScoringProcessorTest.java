package org.adtrigger.streams.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.testing.MetScorer;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

/** The processor after a restart: what the changelog restored into its store is scored first. */
class BatchScoringProcessorTest {
    private static final String STORE = "buffer";

    private final List<Integer> batches = new ArrayList<>();
    private final MockProcessorContext<byte[], ScoredEvent> context = new MockProcessorContext<>();
    private final KeyValueStore<Integer, BufferedEvent> store = Stores.keyValueStoreBuilder(
            Stores.inMemoryKeyValueStore(STORE), Serdes.Integer(), new BufferedEventSerde())
            .withLoggingDisabled().build();

    BatchScoringProcessorTest() {
        store.init(context.getStateStoreContext(), store);
        context.addStateStore(store);
        context.setCurrentSystemTimeMs(2000L);
    }

    @Test
    void restoredEventsAreScoredAtTheFirstDeadlineInArrivalOrderAndInBatchesOfTheCurrentSize() {
        for (int slot = 0; slot < 5; slot++) {
            store.put(slot, new BufferedEvent(new byte[] {(byte) slot}, TestEvents.data(slot, 50f), 1000L + slot));
        }
        BatchScoringProcessor processor = processor(2, TestCards.LAYOUT);
        processor.init(context);
        assertThat(context.forwarded()).isEmpty();

        context.scheduledPunctuators().get(0).getPunctuator().punctuate(0L);

        assertThat(batches).containsExactly(2, 2, 1);
        assertThat(context.forwarded()).extracting(f -> f.record().value().getEventNumber())
                .containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(context.forwarded()).extracting(f -> f.record().timestamp())
                .containsExactly(1000L, 1001L, 1002L, 1003L, 1004L);
        try (var left = store.all()) {
            assertThat(left.hasNext()).as("the scored buffer is emptied").isFalse();
        }
    }

    @Test
    void refusesAScorerForAnotherLayout() {
        BatchScoringProcessor processor = processor(2, RmmLayout.T5N10);
        assertThatThrownBy(() -> processor.init(context)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2601").hasMessageContaining("529");
    }

    private BatchScoringProcessor processor(int batchSize, RmmLayout scorerLayout) {
        return new BatchScoringProcessor(STORE, () -> new MetScorer(scorerLayout, batchSize, batches::add),
                new RmmBuilder(TestCards.LAYOUT, RmmOptions.DEFAULTS), new EventTagger(TestCards.card("none")), batchSize,
                Duration.ofMillis(20), new TriggerMetrics(new SimpleMeterRegistry()));
    }
}
