package org.adtrigger.streams.processors;

import java.util.List;
import java.util.function.Predicate;

import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * The physics summaries a scored event carries for bump hunts, from the selected objects with E as stored
 * (as the RMM does). Masses are signed ({@link FourVector#mass()}): smearing can make m² slightly
 * negative, and a negative value says so rather than hiding it as 0.
 */
final class EventSummary {
    private static final Predicate<ObjectType> LEPTON = t -> t == ObjectType.ELECTRON || t == ObjectType.MUON;
    private static final Predicate<ObjectType> JET = t -> t == ObjectType.JET || t == ObjectType.BJET;

    private EventSummary() {
    }

    /** Mass of the two highest-pT electrons or muons, 0 with fewer than two. */
    static double leadingLeptonMass(List<PhysObject> objects) {
        return leadingPairMass(objects, LEPTON);
    }

    /** Mass of the two highest-pT jets, b-tagged or not, 0 with fewer than two. */
    static double leadingJetMass(List<PhysObject> objects) {
        return leadingPairMass(objects, JET);
    }

    /** Mass of the sum of all objects, 0 without objects. */
    static double totalMass(List<PhysObject> objects) {
        FourVector sum = FourVector.ZERO;
        for (PhysObject o : objects) {
            sum = sum.plus(vector(o));
        }
        return sum.mass();
    }

    private static double leadingPairMass(List<PhysObject> objects, Predicate<ObjectType> kind) {
        PhysObject first = null;
        PhysObject second = null;
        for (PhysObject o : objects) {
            if (!kind.test(o.getType())) {
                continue;
            }
            if (first == null || o.getPt() > first.getPt()) {
                second = first;
                first = o;
            } else if (second == null || o.getPt() > second.getPt()) {
                second = o;
            }
        }
        return second == null ? 0.0 : vector(first).plus(vector(second)).mass();
    }

    private static FourVector vector(PhysObject o) {
        return FourVector.ofPtEtaPhiE(o.getPt(), o.getEta(), o.getPhi(), o.getE());
    }
}
