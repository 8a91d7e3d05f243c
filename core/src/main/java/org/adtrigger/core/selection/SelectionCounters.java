package org.adtrigger.core.selection;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Thread-safe counters of a selector: one selector may serve several stream threads. Each counter is exact;
 * a snapshot taken while other threads count is not atomic across counters.
 */
final class SelectionCounters {
    private final LongAdder accepted = new LongAdder();
    private final Map<EventRejection, LongAdder> events = adders(EventRejection.class);
    private final Map<ObjectRejection, LongAdder> objects = adders(ObjectRejection.class);

    // Filled once here and never changed, so concurrent readers need no lock on the maps themselves.
    private static <K extends Enum<K>> Map<K, LongAdder> adders(Class<K> keys) {
        Map<K, LongAdder> m = new EnumMap<>(keys);
        for (K k : keys.getEnumConstants()) {
            m.put(k, new LongAdder());
        }
        return Collections.unmodifiableMap(m);
    }

    void accepted() {
        accepted.increment();
    }

    void rejected(EventRejection reason) {
        events.get(reason).increment();
    }

    void rejected(ObjectRejection reason) {
        objects.get(reason).increment();
    }

    SelectionCounts snapshot() {
        return new SelectionCounts(accepted.sum(), sums(EventRejection.class, events),
                sums(ObjectRejection.class, objects));
    }

    private static <K extends Enum<K>> Map<K, Long> sums(Class<K> keys, Map<K, LongAdder> adders) {
        Map<K, Long> m = new EnumMap<>(keys);
        adders.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }
}
