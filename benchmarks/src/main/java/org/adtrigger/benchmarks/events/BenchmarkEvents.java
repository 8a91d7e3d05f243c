package org.adtrigger.benchmarks.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.TruthLabel;

/**
 * Event pools the feature and inference benchmarks cycle through, generated once per trial and the same in
 * every fork (fixed seeds).
 */
public final class BenchmarkEvents {
    /** Extra objects per type beyond the layout's capacity in a {@link #crowded} event. */
    private static final int OVERFLOW = 2;
    private static final long SEED = 20261124L;

    private BenchmarkEvents() {
    }

    /**
     * Typical events: the generator's Standard Model mixture shared in proportion to σ, so the pool reads
     * like recorded data (mostly W/Z + jets, some tt̄ and dibosons) rather than the training mix.
     */
    public static Event[] typical(int n) {
        EventGenerator generator = EventGenerator.of(ProcessCatalog.parse("sm"), n, SEED,
                EventGenerator.DEFAULT_LUMI_INVERSE_FB, Mix.SIGMA);
        Event[] events = new Event[n];
        for (int i = 0; i < n; i++) {
            events[i] = generator.next();
        }
        return events;
    }

    /**
     * Maximum-multiplicity events: every type of {@code layout} holds {@value #OVERFLOW} objects more than the
     * layout keeps, and every other type (taus at least) {@value #OVERFLOW} objects the builder must skip, in
     * random pT order; E_T^miss above the 30 GeV threshold, so the first row is filled too. This is the
     * worst case of the RMM builder: every cell computed, every ranking insertion shifting.
     */
    public static Event[] crowded(RmmLayout layout, int n) {
        Random random = new Random(SEED);
        Event[] events = new Event[n];
        for (int i = 0; i < n; i++) {
            List<PhysObject> objects = new ArrayList<>();
            for (ObjectType type : ObjectType.values()) {
                int slot = layout.slotOf(type);
                int count = (slot < 0 ? 0 : layout.maxCount(slot)) + OVERFLOW;
                for (int k = 0; k < count; k++) {
                    objects.add(object(type, random));
                }
            }
            events[i] = Event.newBuilder()
                    .setRun(1)
                    .setEventNumber(i)
                    .setSample("crowded")
                    .setDatasetId(0)
                    // every field set: a defaulted enum would make Avro resolve the class outside our trust list
                    .setIsData(false)
                    .setLabel(TruthLabel.UNKNOWN)
                    .setWeight(1.0)
                    .setSqrtS(13000f)
                    .setMetEt(40f + 200f * random.nextFloat())
                    .setMetPhi(phi(random))
                    .setObjects(objects)
                    .build();
        }
        return events;
    }

    private static PhysObject object(ObjectType type, Random random) {
        float pt = 20f + 300f * random.nextFloat();
        float eta = 2.5f * (2f * random.nextFloat() - 1f);
        float mass = type == ObjectType.JET || type == ObjectType.BJET ? 10f : 0.1f;
        float p = (float) (pt * Math.cosh(eta));
        return PhysObject.newBuilder()
                .setType(type)
                .setPt(pt)
                .setEta(eta)
                .setPhi(phi(random))
                .setE((float) Math.sqrt(p * p + mass * mass))
                .setCharge(0)
                .setBtag(type == ObjectType.BJET ? 0.9f : 0.1f)
                .setPtcone30(0f)
                .setEtcone20(0f)
                .setTightId(true)
                .build();
    }

    private static float phi(Random random) {
        return (float) (Math.PI * (2.0 * random.nextDouble() - 1.0));
    }
}
