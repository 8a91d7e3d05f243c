package org.adtrigger.streams.processors;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.window.WindowUpdate;

/**
 * What the scoring processor forwards: a scored event (for {@code scored-events} and {@code anomalies}), or
 * a window update (a partial tally with its window key {@code TYPE:name}, or the task's progress) for
 * the window merger. One stream of both,
 * split right after the processor, because the DSL gives a processor one output type.
 */
public record ScoringOutput(ScoredEvent event, String windowKey, WindowUpdate update) {
    static ScoringOutput scored(ScoredEvent event) {
        return new ScoringOutput(event, null, null);
    }

    static ScoringOutput window(String windowKey, WindowUpdate update) {
        return new ScoringOutput(null, windowKey, update);
    }

    public boolean isScoredEvent() {
        return event != null;
    }
}
