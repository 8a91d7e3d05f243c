package org.adtrigger.streams.processors;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The events waiting to be scored, mirrored in a changelogged key-value store so that a crash loses
 * none of them (see {@link BatchScoringProcessor} for why that makes the buffer exactly-once).
 *
 * <p>Keys are slot numbers 0, 1, 2, ... in arrival order and are reused by every batch, so the
 * compacted changelog never holds more than a batch's worth of keys and a restore reads little.
 */
final class PendingBatch {
    private final KeyValueStore<Integer, BufferedEvent> store;
    private final List<BufferedEvent> events = new ArrayList<>();

    /** Loads what the store already holds: the buffer as of the last commit, after a restart. */
    PendingBatch(KeyValueStore<Integer, BufferedEvent> store) {
        this.store = store;
        // The store iterates in key order (serialized big-endian, so numeric for slots ≥ 0): arrival order.
        try (KeyValueIterator<Integer, BufferedEvent> it = store.all()) {
            while (it.hasNext()) {
                events.add(it.next().value);
            }
        }
    }

    void add(BufferedEvent event) {
        store.put(events.size(), event);
        events.add(event);
    }

    int size() {
        return events.size();
    }

    BufferedEvent get(int slot) {
        return events.get(slot);
    }

    /** Empties the buffer once its events have been forwarded. */
    void clear() {
        for (int slot = 0; slot < events.size(); slot++) {
            // put(null) deletes without reading back the old value, as delete() would.
            store.put(slot, null);
        }
        events.clear();
    }
}
