package org.adtrigger.core.selection;

import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.TruthLabel;

/** Hand-built objects and events for the selection tests: isolated, tight, massless unless told. */
final class TestEvents {
    private TestEvents() {
    }

    static PhysObject object(ObjectType type, double pt, double eta, double phi) {
        return PhysObject.newBuilder()
                .setType(type)
                .setPt((float) pt)
                .setEta((float) eta)
                .setPhi((float) phi)
                .setE((float) (pt * Math.cosh(eta)))
                .setTightId(true)
                .build();
    }

    static PhysObject electron(double pt, double eta, double phi) {
        return object(ObjectType.ELECTRON, pt, eta, phi);
    }

    static PhysObject muon(double pt, double eta, double phi) {
        return object(ObjectType.MUON, pt, eta, phi);
    }

    static PhysObject jet(double pt, double eta, double phi) {
        return object(ObjectType.JET, pt, eta, phi);
    }

    // The modifiers below change the fresh object they are given (tests build a new one for each call).

    static PhysObject withIsolation(PhysObject o, double ptcone30, double etcone20) {
        o.setPtcone30((float) ptcone30);
        o.setEtcone20((float) etcone20);
        return o;
    }

    static PhysObject withBtag(PhysObject o, double score) {
        o.setBtag((float) score);
        return o;
    }

    static PhysObject notTight(PhysObject o) {
        o.setTightId(false);
        return o;
    }

    static Event event(List<PhysObject> objects) {
        return Event.newBuilder()
                .setRun(284500L)
                .setEventNumber(42L)
                .setSample("ttW")
                .setDatasetId(410155)
                .setIsData(false)
                .setWeight(0.0125)
                .setLabel(TruthLabel.BACKGROUND)
                .setSqrtS(13000f)
                .setMetEt(55.5f)
                .setMetPhi(-1.25f)
                .setObjects(objects)
                .build();
    }

    /** Leptons spread in φ so no two overlap with each other or anything at φ = 0. */
    static Event leptons(double... pts) {
        PhysObject[] objects = new PhysObject[pts.length];
        for (int i = 0; i < pts.length; i++) {
            double phi = -2.5 + i * 1.2;
            objects[i] = i % 2 == 0 ? electron(pts[i], 0.5, phi) : muon(pts[i], -0.5, phi);
        }
        return event(List.of(objects));
    }
}
