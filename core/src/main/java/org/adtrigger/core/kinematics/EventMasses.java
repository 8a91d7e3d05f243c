package org.adtrigger.core.kinematics;

import java.util.List;
import java.util.function.Predicate;

import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * The leading invariant masses searches bump-hunt in, from the selected objects with E as stored (as the RMM
 * does): what a scored event carries (the stream) and what the data/MC comparison plots (the trainer).
 * Masses are signed ({@link FourVector#mass()}): smearing can make m² slightly negative, and a negative value
 * says so rather than hiding it as 0.
 */
public final class EventMasses {
    private static final Predicate<ObjectType> LEPTON = t -> t == ObjectType.ELECTRON || t == ObjectType.MUON;
    private static final Predicate<ObjectType> JET = t -> t == ObjectType.JET || t == ObjectType.BJET;

    private EventMasses() {
    }

    /** Mass of the two highest-pT electrons or muons, 0 with fewer than two. */
    public static double leadingLeptonMass(List<PhysObject> objects) {
        return leadingPairMass(objects, LEPTON);
    }

    /** Mass of the two highest-pT jets, b-tagged or not, 0 with fewer than two. */
    public static double leadingJetMass(List<PhysObject> objects) {
        return leadingPairMass(objects, JET);
    }

    /** Mass of the sum of all objects, 0 without objects. */
    public static double totalMass(List<PhysObject> objects) {
        FourVector sum = FourVector.ZERO;
        for (PhysObject o : objects) {
            sum = sum.plus(vector(o));
        }
        return sum.mass();
    }

    /**
     * Transverse mass of the leading lepton (e or μ) and the missing momentum, massless, as for W → ℓν:
     * m_T = √(2·p_T·E_T^miss·(1 − cos Δφ)). NaN where it does not apply: no lepton, or E_T^miss without a
     * recorded azimuth (NaN φ).
     */
    public static double leptonTransverseMass(List<PhysObject> objects, double met, double metPhi) {
        PhysObject lepton = null;
        for (PhysObject o : objects) {
            if (LEPTON.test(o.getType()) && (lepton == null || o.getPt() > lepton.getPt())) {
                lepton = o;
            }
        }
        if (lepton == null || Double.isNaN(metPhi)) {
            return Double.NaN;
        }
        return Math.sqrt(Math.max(0.0, 2 * lepton.getPt() * met * (1 - Math.cos(lepton.getPhi() - metPhi))));
    }

    /** How many of the objects are electrons or muons. */
    public static int leptonCount(List<PhysObject> objects) {
        return count(objects, LEPTON);
    }

    /** How many of the objects are jets, b-tagged or not. */
    public static int jetCount(List<PhysObject> objects) {
        return count(objects, JET);
    }

    /** How many of the objects are b-tagged jets. */
    public static int bJetCount(List<PhysObject> objects) {
        return count(objects, t -> t == ObjectType.BJET);
    }

    private static int count(List<PhysObject> objects, Predicate<ObjectType> kind) {
        int n = 0;
        for (PhysObject o : objects) {
            if (kind.test(o.getType())) {
                n++;
            }
        }
        return n;
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
