package org.adtrigger.streams.processors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.commit.PreCommitHook;
import org.adtrigger.streams.testing.MetScorer;
import org.adtrigger.streams.testing.PoisonScorer;
import org.adtrigger.streams.testing.TestCards;
import org.adtrigger.streams.testing.TestEvents;
import org.adtrigger.streams.window.ModelExpectation;
import org.adtrigger.streams.window.TaskWindowTallies;
import org.adtrigger.streams.window.TumblingWindows;
import org.adtrigger.streams.window.WindowUpdate;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * When the processor scores: at the batch size, at the wall-clock deadline, and before every commit; and
 * what it forwards: scored events in arrival order with their timestamps, then, at a commit only, one window
 * partial per window and key.
 */
class BatchScoringProcessorTest {
    private static final String HOOK = "hook";
    private static final long WINDOW_MS = 10_000;
    private static final ModelExpectation MODEL = ModelExpectation.of(TestCards.card("none"));

    private final List<Integer> batches = new ArrayList<>();
    private final MockProcessorContext<Object, Object> context =
            new MockProcessorContext<>(new Properties(), new TaskId(0, 2), null);
    private final PreCommitHook hook = PreCommitHook.builder(HOOK).build();

    BatchScoringProcessorTest() {
        hook.init(context.getStateStoreContext(), hook);
        context.addStateStore(hook);
        context.setCurrentSystemTimeMs(2000L);
    }

    @Test
    void aFullBatchIsScoredInOneCallAtOnce() {
        BatchScoringProcessor processor = started(3);
        send(processor, 1, 0);
        send(processor, 2, 0);
        assertThat(context.forwarded()).isEmpty();

        send(processor, 3, 0);
        assertThat(batches).containsExactly(3);
        assertThat(scoredEventNumbers()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aBatchTheModelFailsOnIsScoredOneByOneAndOnlyTheFailingEventIsDeadLetteredWithItsOrigin() {
        BatchScoringProcessor processor = new BatchScoringProcessor(HOOK,
                () -> new PoisonScorer(new MetScorer(TestCards.LAYOUT, 4, batches::add)),
                new RmmBuilder(TestCards.LAYOUT, RmmOptions.DEFAULTS), new EventTagger(TestCards.card("none"), TestCards.filter("tier:1")),
                partition -> new TaskWindowTallies(new TumblingWindows(WINDOW_MS, 0), partition, MODEL, 1000),
                4, Duration.ofMillis(20),
                new TriggerMetrics(new SimpleMeterRegistry()));
        processor.init(context);
        for (int i = 1; i <= 4; i++) {
            context.setRecordMetadata("events", 3, 100 + i);
            Event event = TestEvents.data(i, i == 3 ? PoisonScorer.POISON_MET : 50f);
            processor.process(new Record<>(new byte[] {(byte) i}, event, 1000L + i));
        }
        // the batch of 4 failed before reaching the model; then each event alone, the poisoned one failing
        assertThat(batches).containsExactly(1, 1, 1);
        assertThat(scoredEventNumbers()).containsExactly(1L, 2L, 4L);
        List<CapturedForward<?, ?>> letters = forwardedTo(NodeNames.SCORE_DEAD_LETTERS);
        assertThat(letters).hasSize(1);
        DeadLetter letter = (DeadLetter) letters.get(0).record().value();
        assertThat(letter.getStage()).isEqualTo("SCORING");
        assertThat(letter.getReason()).isEqualTo("PROCESSING_FAILED");
        assertThat(letter.getTopic()).isEqualTo("events");
        assertThat(letter.getPartition()).isEqualTo(3);
        assertThat(letter.getOffset()).isEqualTo(103L);
        assertThat(letter.getTimestampMs()).isEqualTo(1003L);
        assertThat((byte[]) letters.get(0).record().key()).containsExactly(3);
        assertThat(context.forwarded()).extracting(f -> f.childName().orElse(null)).as("nothing else is forwarded")
                .isSubsetOf(NodeNames.SCORED, NodeNames.ANOMALIES, NodeNames.SCORE_DEAD_LETTERS);
    }

    @Test
    void aPartialBatchIsScoredAtTheDeadlineAndAnEmptyOneIsNot() {
        BatchScoringProcessor processor = started(100);
        send(processor, 1, 0);
        send(processor, 2, 0);
        assertThat(context.scheduledPunctuators().get(0).getInterval()).isEqualTo(Duration.ofMillis(20));

        deadline();
        assertThat(batches).containsExactly(2);
        assertThat(scoredEventNumbers()).containsExactly(1L, 2L);

        deadline();
        assertThat(batches).as("an empty buffer is not scored").containsExactly(2);
    }

    @Test
    void beforeACommitTheBufferIsScoredAndTheWindowTalliesLeaveAsOnePartialPerWindowAndKeyThenTheProgress() {
        BatchScoringProcessor processor = started(3);
        for (int i = 0; i < 7; i++) {
            // events 0..4 in the first 10 s window, 5 and 6 in the second; sample "data", run 1
            send(processor, i, 2_000L * i);
        }
        assertThat(batches).containsExactly(3, 3);
        assertThat(context.forwarded()).extracting(f -> f.childName().orElse(null)).isSubsetOf(NodeNames.SCORED, NodeNames.ANOMALIES);

        hook.flushCache();

        assertThat(batches).containsExactly(3, 3, 1);
        assertThat(scoredEventNumbers()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(forwardedTo(NodeNames.SCORED)).extracting(f -> f.record().timestamp())
                .containsExactly(0L, 2000L, 4000L, 6000L, 8000L, 10_000L, 12_000L);
        List<CapturedForward<?, ?>> window = forwardedTo(NodeNames.WINDOW_UPDATES);
        assertThat(context.forwarded().subList(context.forwarded().size() - 7, context.forwarded().size()))
                .as("the window updates come after the events").containsExactlyElementsOf(window);
        assertThat(window.subList(0, 6)).extracting(f -> f.record().key() + "@" + update(f).windowStart()
                        + "=" + update(f).tally().count(0) + " from " + update(f).source())
                .containsExactlyInAnyOrder("ALL:all@0=5 from 2", "SAMPLE:data@0=5 from 2", "RUN:1@0=5 from 2",
                        "ALL:all@10000=2 from 2", "SAMPLE:data@10000=2 from 2", "RUN:1@10000=2 from 2");
        assertThat(window.subList(0, 6)).extracting(f -> f.record().timestamp())
                .as("a partial's timestamp is its latest event's").containsOnly(8000L, 12_000L);
        assertThat(update(window.get(6))).as("the progress comes last").isEqualTo(WindowUpdate.progress(2, 12_000L));
        assertThat(window.get(6).record().key()).isEqualTo(WindowUpdate.PROGRESS_KEY);

        context.resetForwards();
        hook.flushCache();
        assertThat(context.forwarded()).as("nothing new: nothing to send").isEmpty();
    }

    @Test
    void refusesAScorerForAnotherLayout() {
        BatchScoringProcessor processor = processor(2, RmmLayout.T5N10);
        assertThatThrownBy(() -> processor.init(context)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2601").hasMessageContaining("529");
    }

    private BatchScoringProcessor started(int batchSize) {
        BatchScoringProcessor processor = processor(batchSize, TestCards.LAYOUT);
        processor.init(context);
        return processor;
    }

    private void send(BatchScoringProcessor processor, long eventNumber, long timestamp) {
        Event event = TestEvents.data(eventNumber, 50f);
        processor.process(new Record<>(new byte[] {(byte) eventNumber}, event, timestamp));
    }

    private void deadline() {
        context.scheduledPunctuators().get(0).getPunctuator().punctuate(0L);
    }

    private List<Long> scoredEventNumbers() {
        return forwardedTo(NodeNames.SCORED).stream().map(f -> ((ScoredEvent) f.record().value()).getEventNumber()).toList();
    }

    private List<CapturedForward<?, ?>> forwardedTo(String child) {
        return context.forwarded().stream().filter(f -> child.equals(f.childName().orElse(null)))
                .<CapturedForward<?, ?>>map(f -> f).toList();
    }

    private static WindowUpdate update(CapturedForward<?, ?> forward) {
        return (WindowUpdate) forward.record().value();
    }

    private BatchScoringProcessor processor(int batchSize, RmmLayout scorerLayout) {
        return new BatchScoringProcessor(HOOK, () -> new MetScorer(scorerLayout, batchSize, batches::add),
                new RmmBuilder(TestCards.LAYOUT, RmmOptions.DEFAULTS), new EventTagger(TestCards.card("none"), TestCards.filter("tier:1")),
                partition -> new TaskWindowTallies(new TumblingWindows(WINDOW_MS, 0), partition, MODEL, 1000),
                batchSize, Duration.ofMillis(20),
                new TriggerMetrics(new SimpleMeterRegistry()));
    }
}
