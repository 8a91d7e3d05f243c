package org.adtrigger.ingest.gen;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/** Test helpers: generate events and measure simple observables on them. */
final class Generated {
    private Generated() {
    }

    static List<Event> events(String processes, int n, long seed) {
        EventGenerator generator = EventGenerator.of(processes, n, seed, EventGenerator.DEFAULT_LUMI_INVERSE_FB);
        List<Event> out = new ArrayList<>(n);
        generator.forEachRemaining(out::add);
        return out;
    }

    static boolean isLepton(PhysObject o) {
        return o.getType() == ObjectType.ELECTRON || o.getType() == ObjectType.MUON;
    }

    static List<PhysObject> leptons(Event e) {
        return e.getObjects().stream().filter(Generated::isLepton).toList();
    }

    static long count(Event e, ObjectType type) {
        return e.getObjects().stream().filter(o -> o.getType() == type).count();
    }

    static FourVector momentum(PhysObject o) {
        return FourVector.ofPtEtaPhiE(o.getPt(), o.getEta(), o.getPhi(), o.getE());
    }

    /** Invariant mass of all the given objects. */
    static double mass(List<PhysObject> objects) {
        FourVector sum = FourVector.ZERO;
        for (PhysObject o : objects) {
            sum = sum.plus(momentum(o));
        }
        return sum.mass();
    }

    /** Mass of the two leading leptons when they are of the same flavour and opposite charge, else NaN. */
    static double opposite(Event e) {
        List<PhysObject> l = leptons(e);
        if (l.size() < 2 || l.get(0).getType() != l.get(1).getType()
                || l.get(0).getCharge() + l.get(1).getCharge() != 0) {
            return Double.NaN;
        }
        return mass(l.subList(0, 2));
    }

    /**
     * Position of the peak of a distribution: the fullest bin of a histogram over [lo, hi), refined by the
     * mean of the values within ±{@code halfWindow} of that bin's centre. NaN values are ignored.
     */
    static double peak(double[] values, double lo, double hi, double binWidth, double halfWindow) {
        int[] bins = new int[(int) Math.ceil((hi - lo) / binWidth)];
        for (double v : values) {
            if (v >= lo && v < hi) {
                bins[(int) ((v - lo) / binWidth)]++;
            }
        }
        int best = 0;
        for (int i = 1; i < bins.length; i++) {
            if (bins[i] > bins[best]) {
                best = i;
            }
        }
        double centre = lo + (best + 0.5) * binWidth;
        double sum = 0.0;
        int n = 0;
        for (double v : values) {
            if (Math.abs(v - centre) <= halfWindow) {
                sum += v;
                n++;
            }
        }
        return sum / n;
    }

    static double meanMet(List<Event> events) {
        return events.stream().mapToDouble(Event::getMetEt).average().orElseThrow();
    }
}
