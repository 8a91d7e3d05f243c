package org.adtrigger.streams.window;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.adtrigger.schema.WindowKeyType;

/**
 * Bounds the keys a window is tallied under, whatever the input: each window admits at most
 * {@code window.max.keys} distinct sample keys and as many run keys, first come first served; the events of
 * any further sample (run) are tallied under the overflow key {@code SAMPLE:(other)} ({@code RUN:(other)}).
 * A key longer than {@value #MAX_KEY_CHARS} characters also goes to the overflow key, so no window record
 * is ever too large for its topic whatever {@code max.sample.chars} allows. The ALL key is always admitted. Used by the scoring tasks (keys since the last commit) and by the window
 * merger (keys of the open windows), so the cap holds on each task's partials and on the merged summaries.
 * Not thread-safe.
 */
final class WindowKeyCap {
    /** Longest key a window tallies under its own name. */
    static final int MAX_KEY_CHARS = 1024;

    private final int maxKeys;
    private final Map<Long, Map<WindowKeyType, Set<String>>> admitted = new HashMap<>();

    /** @param maxKeys distinct keys per window and key type (sample, run), at least 1 */
    WindowKeyCap(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("window.max.keys must be at least 1, not " + maxKeys);
        }
        this.maxKeys = maxKeys;
    }

    /** The key to tally {@code key} under in the window starting at {@code windowStart}: itself, or its overflow key. */
    String admit(long windowStart, String key) {
        WindowKeyType type = WindowKey.typeOf(key);
        if (type == WindowKeyType.ALL || WindowKey.isOverflow(key)) {
            return key;
        }
        if (key.length() > MAX_KEY_CHARS) {
            return WindowKey.overflowOf(type);
        }
        Set<String> keys = admitted.computeIfAbsent(windowStart, s -> new EnumMap<>(WindowKeyType.class))
                .computeIfAbsent(type, t -> new HashSet<>());
        if (keys.contains(key) || keys.size() < maxKeys) {
            keys.add(key);
            return key;
        }
        return WindowKey.overflowOf(type);
    }

    /** Admits {@code key} whatever the cap: a key already tallied (restored from a store). */
    void restore(long windowStart, String key) {
        if (WindowKey.typeOf(key) != WindowKeyType.ALL && !WindowKey.isOverflow(key)) {
            admitted.computeIfAbsent(windowStart, s -> new EnumMap<>(WindowKeyType.class))
                    .computeIfAbsent(WindowKey.typeOf(key), t -> new HashSet<>()).add(key);
        }
    }

    /** Forgets a window that was emitted. */
    void forget(long windowStart) {
        admitted.remove(windowStart);
    }

    /** Forgets every window. */
    void clear() {
        admitted.clear();
    }
}
