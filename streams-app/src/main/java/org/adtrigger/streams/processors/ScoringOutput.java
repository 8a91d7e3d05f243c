package org.adtrigger.streams.processors;

import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.streams.window.WindowPartial;

/**
 * What the scoring processor forwards: a scored event (for {@code scored-events} and {@code anomalies}), or
 * a partial window tally with its window key {@code TYPE:name} (for the window merger). One stream of both,
 * split right after the processor, because the DSL gives a processor one output type.
 */
public record ScoringOutput(ScoredEvent event, String windowKey, WindowPartial partial) {
    static ScoringOutput scored(ScoredEvent event) {
        return new ScoringOutput(event, null, null);
    }

    static ScoringOutput partial(String windowKey, WindowPartial partial) {
        return new ScoringOutput(null, windowKey, partial);
    }

    public boolean isScoredEvent() {
        return event != null;
    }
}
