package org.adtrigger.core.selection;

import java.util.List;
import java.util.Objects;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.RecordCopy;

/**
 * Selects events: object selection, then the event-level lepton requirement. Deterministic and free of
 * side effects apart from its counters, so the trainer and the stream select identically; one instance
 * may be shared by several threads.
 *
 * <p>An accepted event is a new {@link Event} with every field of the input copied (shallowly: strings,
 * enums and the unchanged {@link PhysObject}s are shared, never modified) and only the good objects, in
 * input order. The pass-through selector ({@code none}) returns the input instance itself.
 */
public final class EventSelector {
    // Both null for the pass-through selector.
    private final ObjectSelector objects;
    private final LeptonRequirement requirement;
    private final SelectionCounters counters = new SelectionCounters();

    private EventSelector(ObjectSelector objects, LeptonRequirement requirement) {
        this.objects = objects;
        this.requirement = requirement;
    }

    /** A selector with custom object cuts and lepton requirement. */
    public static EventSelector of(ObjectSelectionConfig objects, LeptonRequirement requirement) {
        return new EventSelector(new ObjectSelector(Objects.requireNonNull(objects)),
                Objects.requireNonNull(requirement));
    }

    /** A selector that accepts every event unchanged (still counting it). */
    public static EventSelector passThrough() {
        return new EventSelector(null, null);
    }

    /** Shorthand for {@code SelectionPreset.byId(id).newSelector()}. */
    public static EventSelector forPreset(String id) {
        return SelectionPreset.byId(id).newSelector();
    }

    public SelectionResult select(Event event) {
        if (objects == null) {
            counters.accepted();
            return SelectionResult.accepted(event);
        }
        List<PhysObject> good = objects.select(event.getObjects(), counters);
        EventRejection failure = requirement.firstFailure(good);
        if (failure != null) {
            counters.rejected(failure);
            return SelectionResult.rejected(failure);
        }
        counters.accepted();
        Event selected = RecordCopy.shallow(event, new Event());
        selected.setObjects(good);
        return SelectionResult.accepted(selected);
    }

    /** The counts so far: accepted events, rejected events and removed objects by reason. */
    public SelectionCounts counts() {
        return counters.snapshot();
    }
}
