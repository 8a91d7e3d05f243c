package org.adtrigger.streams.replay;

import java.nio.charset.StandardCharsets;
import org.adtrigger.schema.Event;

/**
 * The record key of a replayed event: {@code "run:eventNumber"} in UTF-8. It names the event, so the
 * default partitioner sends an event to the same partition in every replay and every loop, and
 * partitions stay balanced even when an archive holds a single run.
 */
final class EventKey {
    private EventKey() {
    }

    static byte[] bytesOf(Event event) {
        return (event.getRun() + ":" + event.getEventNumber()).getBytes(StandardCharsets.UTF_8);
    }
}
