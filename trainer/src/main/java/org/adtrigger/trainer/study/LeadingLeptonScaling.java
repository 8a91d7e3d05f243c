package org.adtrigger.trainer.study;

import java.util.List;
import java.util.function.UnaryOperator;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.SchemaPackageTrust;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * The pT-scale study's distortion: the leading electron and the leading muon of an event, each with pT and E
 * multiplied by a factor and η, φ kept, so the object's transverse energy and its mass scale together (a
 * lepton measured that much harder, e.g. from a heavier resonance). Every other object, E_T^miss and the
 * event's bookkeeping stay as they were; the RMM built from the copy then changes in every cell the lepton
 * enters, the E_T imbalance with the next lepton of its type included.
 */
public final class LeadingLeptonScaling {
    static {
        // copying a record fills its enum fields by class name, which Avro refuses unless the package is trusted
        SchemaPackageTrust.install();
    }

    private LeadingLeptonScaling() {
    }

    /** Whether the event has an electron or a muon to scale. */
    public static boolean hasLepton(Event event) {
        for (PhysObject o : event.getObjects()) {
            if (o.getType() == ObjectType.ELECTRON || o.getType() == ObjectType.MUON) {
                return true;
            }
        }
        return false;
    }

    /**
     * The scaling by {@code factor} as a function of events.
     *
     * @throws IllegalArgumentException when the factor is not positive and finite
     */
    public static UnaryOperator<Event> by(double factor) {
        if (!(factor > 0) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("pT scale factor must be positive and finite, got " + factor);
        }
        return event -> scaled(event, factor);
    }

    /** A deep copy of {@code event} with its leading electron and leading muon scaled by {@code factor}. */
    public static Event scaled(Event event, double factor) {
        Event copy = Event.newBuilder(event).build();
        scaleLeading(copy.getObjects(), ObjectType.ELECTRON, factor);
        scaleLeading(copy.getObjects(), ObjectType.MUON, factor);
        return copy;
    }

    private static void scaleLeading(List<PhysObject> objects, ObjectType type, double factor) {
        PhysObject leading = null;
        for (PhysObject o : objects) {
            if (o.getType() == type && (leading == null || o.getPt() > leading.getPt())) {
                leading = o;
            }
        }
        if (leading != null) {
            leading.setPt((float) (leading.getPt() * factor));
            leading.setE((float) (leading.getE() * factor));
        }
    }
}
