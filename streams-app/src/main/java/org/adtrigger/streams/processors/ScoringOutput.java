package org.adtrigger.streams.processors;

import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.window.WindowUpdate;

/**
 * What the scoring processor forwards: a scored event (for {@code scored-events} and {@code anomalies}),
 * a window update (a partial tally with its window key {@code TYPE:name}, or the task's progress) for
 * the window merger, or the dead letter of an event that failed in RMM building, scoring or tallying.
 * One stream of all three, split right after the processor, because the DSL gives a processor one output type.
 */
public record ScoringOutput(ScoredEvent event, String windowKey, WindowUpdate update, DeadLetter deadLetter) {
    static ScoringOutput scored(ScoredEvent event) {
        return new ScoringOutput(event, null, null, null);
    }

    static ScoringOutput window(String windowKey, WindowUpdate update) {
        return new ScoringOutput(null, windowKey, update, null);
    }

    static ScoringOutput failed(DeadLetter deadLetter) {
        return new ScoringOutput(null, null, null, deadLetter);
    }

    public boolean isScoredEvent() {
        return event != null;
    }

    public boolean isWindowUpdate() {
        return update != null;
    }

    public boolean isDeadLetter() {
        return deadLetter != null;
    }
}
