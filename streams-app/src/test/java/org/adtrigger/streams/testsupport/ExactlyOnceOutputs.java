package org.adtrigger.streams.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a read_committed reader must find after a failure under exactly-once: every selected event once in
 * scored-events, exactly the events of tier ≥ {@code anomaly.min.tier} once in anomalies, and one exact
 * summary per (window, key).
 */
public final class ExactlyOnceOutputs {

    private ExactlyOnceOutputs() {
    }

    /** What was checked: the scored events read and the number of (window, key) summaries. */
    public record Checked(List<ConsumerRecord<byte[], ScoredEvent>> scored, int windows) {
    }

    /** @param log what the failure message quotes (the app's log) */
    public static Checked assertExact(String bootstrap, Set<Long> selected, int anomalyMinTier, long windowMs,
                                  Duration patience, String log) {
        List<ConsumerRecord<byte[], ScoredEvent>> scored = read(bootstrap, Topics.DEFAULT.scored(),
                selected.size(), patience);
        List<Long> numbers = scored.stream().map(ConsumerRecord::value).map(ScoredEvent::getEventNumber).toList();
        assertThat(numbers).as("scored-events: " + log).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(selected);

        List<Long> expectedAnomalies = scored.stream().map(ConsumerRecord::value)
                .filter(event -> event.getTier() >= anomalyMinTier).map(ScoredEvent::getEventNumber).toList();
        List<Long> anomalies = read(bootstrap, Topics.DEFAULT.anomalies(), expectedAnomalies.size(), patience).stream()
                .map(ConsumerRecord::value).map(ScoredEvent::getEventNumber).toList();
        assertThat(anomalies).as("anomalies").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expectedAnomalies);

        return new Checked(scored, WindowExactness.assertExact(bootstrap, scored, windowMs, true, patience));
    }

    private static List<ConsumerRecord<byte[], ScoredEvent>> read(String bootstrap, Topic<byte[], ScoredEvent> topic,
                                                                  int expected, Duration patience) {
        return Topics.readCommitted(bootstrap, topic, expected, patience, Duration.ofSeconds(3));
    }
}
