package org.adtrigger.core.selection;

import java.util.EnumMap;
import java.util.Map;
import org.adtrigger.schema.Event;

/** The outcome of selecting one event: the selected event, or the reason it was rejected. */
public final class SelectionResult {
    // Rejections carry no event, so one instance per reason serves every call without allocating.
    private static final Map<EventRejection, SelectionResult> REJECTED = new EnumMap<>(EventRejection.class);

    static {
        for (EventRejection r : EventRejection.values()) {
            REJECTED.put(r, new SelectionResult(null, r));
        }
    }

    private final Event event;
    private final EventRejection rejection;

    private SelectionResult(Event event, EventRejection rejection) {
        this.event = event;
        this.rejection = rejection;
    }

    static SelectionResult accepted(Event event) {
        return new SelectionResult(event, null);
    }

    static SelectionResult rejected(EventRejection reason) {
        return REJECTED.get(reason);
    }

    public boolean isAccepted() {
        return event != null;
    }

    /**
     * The selected event.
     *
     * @throws IllegalStateException if the event was rejected
     */
    public Event event() {
        if (event == null) {
            throw new IllegalStateException("event was rejected: " + rejection);
        }
        return event;
    }

    /**
     * Why the event was rejected.
     *
     * @throws IllegalStateException if the event was accepted
     */
    public EventRejection rejection() {
        if (rejection == null) {
            throw new IllegalStateException("event was accepted");
        }
        return rejection;
    }

    @Override
    public String toString() {
        return isAccepted() ? "accepted" : "rejected: " + rejection;
    }
}
