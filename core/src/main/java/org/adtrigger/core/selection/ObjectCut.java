package org.adtrigger.core.selection;

import org.adtrigger.schema.PhysObject;

/**
 * Quality cuts for one object type. Every comparison is strict: an object passes when pT &gt; {@code minPt},
 * |η| &lt; {@code maxAbsEta}, ptcone30 &lt; {@code maxTrackIsolation}·pT and etcone20 &lt;
 * {@code maxCaloIsolation}·pT (the relative isolations cone/pT below their limits; each skipped when its
 * limit is +∞) and, when {@code requireTight}, it carries the tight-ID flag. A NaN pT or η fails its cut.
 *
 * @param minPt             pT threshold [GeV], ≥ 0
 * @param maxAbsEta         |η| acceptance, &gt; 0
 * @param maxTrackIsolation limit on ptcone30/pT; {@code +∞} disables the cut
 * @param maxCaloIsolation  limit on etcone20/pT; {@code +∞} disables the cut
 * @param requireTight      whether the tight identification is required
 */
public record ObjectCut(double minPt, double maxAbsEta, double maxTrackIsolation, double maxCaloIsolation,
        boolean requireTight) {

    public ObjectCut {
        if (!(minPt >= 0.0) || !(maxAbsEta > 0.0) || !(maxTrackIsolation > 0.0) || !(maxCaloIsolation > 0.0)) {
            throw new IllegalArgumentException("invalid object cut: " + minPt + ", " + maxAbsEta + ", "
                    + maxTrackIsolation + ", " + maxCaloIsolation);
        }
    }

    /** pT and |η| only: no isolation, no identification (jets). */
    public static ObjectCut kinematic(double minPt, double maxAbsEta) {
        return new ObjectCut(minPt, maxAbsEta, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }

    /** pT, |η|, both relative isolations below {@code maxIsolation}, and tight identification. */
    public static ObjectCut isolatedTight(double minPt, double maxAbsEta, double maxIsolation) {
        return new ObjectCut(minPt, maxAbsEta, maxIsolation, maxIsolation, true);
    }

    /** The first cut the object fails, in the order of {@link ObjectRejection}, or {@code null} if it passes. */
    ObjectRejection firstFailure(PhysObject o) {
        double pt = o.getPt();
        if (!(pt > minPt)) {
            return ObjectRejection.PT;
        }
        if (!(Math.abs(o.getEta()) < maxAbsEta)) {
            return ObjectRejection.ETA;
        }
        if (!isolated(o.getPtcone30(), maxTrackIsolation, pt)) {
            return ObjectRejection.TRACK_ISOLATION;
        }
        if (!isolated(o.getEtcone20(), maxCaloIsolation, pt)) {
            return ObjectRejection.CALO_ISOLATION;
        }
        if (requireTight && !o.getTightId()) {
            return ObjectRejection.NOT_TIGHT;
        }
        return null;
    }

    // A disabled cut must not look at the cone at all: readers may leave it NaN for objects without one.
    private static boolean isolated(double cone, double limit, double pt) {
        return limit == Double.POSITIVE_INFINITY || cone < limit * pt;
    }
}
