package org.adtrigger.ingest.adapters;

import java.util.List;
import org.adtrigger.schema.Event;

/**
 * What one step of an {@link EventSource} produced: the events and the bad records of a block of input.
 *
 * @param records input records the block covered, good and bad
 */
public record EventChunk(List<Event> events, List<BadRecord> bad, long records) {

    public EventChunk {
        events = List.copyOf(events);
        bad = List.copyOf(bad);
    }
}
