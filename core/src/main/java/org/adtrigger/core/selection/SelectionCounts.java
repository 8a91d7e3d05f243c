package org.adtrigger.core.selection;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A snapshot of a selector's counters. The selector's snapshots list every reason, in declaration order,
 * with 0 where nothing was counted.
 *
 * @param accepted          events that passed
 * @param rejectedEvents    rejected events by reason
 * @param rejectedObjects   removed objects by reason, including objects of events later rejected
 */
public record SelectionCounts(long accepted, Map<EventRejection, Long> rejectedEvents,
        Map<ObjectRejection, Long> rejectedObjects) {

    public SelectionCounts {
        rejectedEvents = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedEvents));
        rejectedObjects = Collections.unmodifiableMap(new LinkedHashMap<>(rejectedObjects));
    }

    /** Events seen: accepted plus rejected. */
    public long seen() {
        return accepted + rejectedEvents.values().stream().mapToLong(Long::longValue).sum();
    }
}
