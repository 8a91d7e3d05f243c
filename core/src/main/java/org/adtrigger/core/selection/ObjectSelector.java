package org.adtrigger.core.selection;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.RecordCopy;

/**
 * Applies an {@link ObjectSelectionConfig} to the objects of one event, in this order: drop τ (unless
 * kept), relabel jets by the b-tag working point, apply each type's {@link ObjectCut}, then the overlap
 * rules in their configured order. Overlap removal sees only objects that passed their cuts, so an object
 * that failed its own quality cuts can never remove another. Input objects are never modified; a relabelled
 * jet is a new object, every other survivor is the input instance itself.
 */
final class ObjectSelector {
    private final ObjectSelectionConfig config;

    ObjectSelector(ObjectSelectionConfig config) {
        this.config = config;
    }

    /** The good objects, in input order; every removed object is counted under its reason. */
    List<PhysObject> select(List<PhysObject> objects, SelectionCounters counters) {
        List<PhysObject> passing = new ArrayList<>(objects.size());
        for (PhysObject o : objects) {
            if (o.getType() == ObjectType.TAU && !config.keepTaus()) {
                counters.rejected(ObjectRejection.TAU_DROPPED);
                continue;
            }
            PhysObject labelled = relabel(o);
            ObjectRejection failure = config.cut(labelled.getType()).firstFailure(labelled);
            if (failure != null) {
                counters.rejected(failure);
                continue;
            }
            passing.add(labelled);
        }
        return removeOverlaps(passing, counters);
    }

    private PhysObject relabel(PhysObject o) {
        ObjectType type = o.getType();
        if (config.bTagWorkingPoint().isEmpty() || (type != ObjectType.JET && type != ObjectType.BJET)) {
            return o;
        }
        // Compared at the score's own float precision: a score written as 0.7 must pass a working point of 0.7.
        boolean tagged = o.getBtag() >= (float) config.bTagWorkingPoint().getAsDouble();
        ObjectType label = tagged ? ObjectType.BJET : ObjectType.JET;
        if (label == type) {
            return o;
        }
        PhysObject relabelled = RecordCopy.shallow(o, new PhysObject());
        relabelled.setType(label);
        return relabelled;
    }

    private List<PhysObject> removeOverlaps(List<PhysObject> objects, SelectionCounters counters) {
        boolean[] removed = new boolean[objects.size()];
        int removedCount = 0;
        for (OverlapRule rule : config.overlapRules()) {
            removedCount += rule.apply(objects, removed);
        }
        if (removedCount == 0) {
            return objects;
        }
        List<PhysObject> kept = new ArrayList<>(objects.size() - removedCount);
        for (int i = 0; i < objects.size(); i++) {
            if (removed[i]) {
                counters.rejected(ObjectRejection.OVERLAP);
            } else {
                kept.add(objects.get(i));
            }
        }
        return kept;
    }
}
