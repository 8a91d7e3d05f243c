package org.adtrigger.streams.testing;

import java.util.ArrayList;
import java.util.List;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.schema.serde.SchemaPackageTrust;

/** Events for tests. With {@link MetScorer} an event's score is its E_T^miss in GeV (for E_T^miss ≥ 30). */
public final class TestEvents {
    static {
        SchemaPackageTrust.install();
    }

    private TestEvents() {
    }

    /** A data event (label UNKNOWN, weight 1) of run 1 with the given E_T^miss and one jet. */
    public static Event data(long number, float met) {
        return event(number, "data", TruthLabel.UNKNOWN, 1.0, met);
    }

    /** A Monte Carlo event of run 1 with one jet. */
    public static Event event(long number, String sample, TruthLabel label, double weight, float met) {
        return Event.newBuilder()
                .setRun(1L)
                .setEventNumber(number)
                .setSample(sample)
                .setIsData(label == TruthLabel.UNKNOWN)
                .setWeight(weight)
                .setLabel(label)
                .setMetEt(met)
                .setMetPhi(0.5f)
                .setObjects(new ArrayList<>(List.of(massless(ObjectType.JET, 60f, 0.3f, 1.0f))))
                .build();
    }

    /** A massless, isolated, tightly identified object: E = pT·cosh η. */
    public static PhysObject massless(ObjectType type, float pt, float eta, float phi) {
        return PhysObject.newBuilder()
                .setType(type)
                .setPt(pt)
                .setEta(eta)
                .setPhi(phi)
                .setE((float) (pt * Math.cosh(eta)))
                .setTightId(true)
                .build();
    }

    public static byte[] encode(Event event) {
        return AvroSerdes.event().serializer().serialize("events", event);
    }
}
