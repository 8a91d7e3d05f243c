package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;

/**
 * b-tagging at a 70 % working point: a jet from a b quark within the tracker (|η| < 2.5) is tagged with
 * probability 0.70, a light jet with 0.01 (the ATLAS MV2c10/DL1r 70 % operating points reject light jets by
 * factors of order 100–400; 1 % is the round, conservative value). The discriminant in [0, 1] is drawn consistently: a tagged jet scores
 * above {@link #WORKING_POINT}, an untagged one below, with b jets piling up towards 1 and light jets
 * towards 0. Jets outside the tracker score 0.
 */
final class BTagging {
    private BTagging() {
    }

    static final double WORKING_POINT = 0.8;
    static final double B_EFFICIENCY = 0.70;
    static final double LIGHT_MISTAG = 0.01;
    static final double TRACKER_ETA = 2.5;

    /** The discriminant of a jet; it is b-tagged when the score exceeds {@link #WORKING_POINT}. */
    static double score(SplittableRandom rng, boolean trueB, double eta) {
        if (Math.abs(eta) >= TRACKER_ETA) {
            return 0.0;
        }
        double u = rng.nextDouble();
        // b jets: √u leans towards the top of each range; light jets: u² leans towards the bottom
        double shape = trueB ? Math.sqrt(u) : u * u;
        boolean tagged = Sampling.chance(rng, trueB ? B_EFFICIENCY : LIGHT_MISTAG);
        return tagged ? WORKING_POINT + (1.0 - WORKING_POINT) * shape : WORKING_POINT * shape;
    }

    static boolean isTagged(double score) {
        return score > WORKING_POINT;
    }
}
