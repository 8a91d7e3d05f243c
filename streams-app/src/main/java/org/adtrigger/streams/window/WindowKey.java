package org.adtrigger.streams.window;

import org.adtrigger.schema.WindowKeyType;

/**
 * The aggregation keys of a scored event: one for all events, one for its sample, one for its run, as
 * strings {@code TYPE:name} (e.g. {@code SAMPLE:ttbar}). The type never contains a colon, so the first
 * colon separates it from a name that may.
 */
final class WindowKey {
    static final String ALL_NAME = "all";
    static final String ALL = of(WindowKeyType.ALL, ALL_NAME);
    /**
     * Name of the key that tallies the samples (runs) beyond a window's {@code window.max.keys}. Runs are
     * numbers, so it never clashes with a run; a sample literally named {@code (other)} is tallied with it.
     */
    static final String OVERFLOW_NAME = "(other)";
    private static final char SEPARATOR = ':';

    private WindowKey() {
    }

    static String of(WindowKeyType type, String name) {
        return type.name() + SEPARATOR + name;
    }

    static String overflowOf(WindowKeyType type) {
        return of(type, OVERFLOW_NAME);
    }

    static boolean isOverflow(String key) {
        return nameOf(key).equals(OVERFLOW_NAME) && typeOf(key) != WindowKeyType.ALL;
    }

    static WindowKeyType typeOf(String key) {
        return WindowKeyType.valueOf(key.substring(0, key.indexOf(SEPARATOR)));
    }

    static String nameOf(String key) {
        return key.substring(key.indexOf(SEPARATOR) + 1);
    }
}
