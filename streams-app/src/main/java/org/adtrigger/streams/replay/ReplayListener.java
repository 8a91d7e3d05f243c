package org.adtrigger.streams.replay;

/**
 * Hears how a replay goes, on the replay's own thread: keep the work short, the sends wait for it.
 */
public interface ReplayListener {

    /** Called about every {@value Replay#PROGRESS_EVERY} events and once at the end. */
    default void progress(long sent, long injected) {
    }

    /**
     * An injection window opened or closed; {@code timestampMillis} is the record timestamp of the first
     * event sent in the new state, so it lines up with the stream's event time.
     */
    default void injectionChanged(Injection injection, boolean active, long timestampMillis) {
    }

    ReplayListener NONE = new ReplayListener() {
    };
}
