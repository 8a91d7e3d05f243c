package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.core.kinematics.Kinematics;

/**
 * Decay kinematics. Every decay is done in the parent's rest frame, with axes parallel to the lab axes
 * (so a polar angle θ* is measured from the beam axis, as in the Collins–Soper frame up to the parent's
 * transverse momentum), and then boosted to the lab.
 */
final class Decays {
    private Decays() {
    }

    /**
     * Parent of mass {@code m} → daughters of masses {@code m1} and {@code m2}, the first emitted at
     * (cos θ*, φ*) in the parent's rest frame, the second back to back.
     */
    static Daughters twoBody(FourVector parent, double m, double m1, double m2, double cosTheta, double phi) {
        double p = Kinematics.twoBodyMomentum(m, m1, m2);
        FourVector first = FourVector.ofMomentumAndAngles(p, cosTheta, phi, m1);
        FourVector second = new FourVector(-first.px(), -first.py(), -first.pz(), Math.sqrt(p * p + m2 * m2));
        return new Daughters(first.boostedBy(parent), second.boostedBy(parent));
    }

    static Daughters twoBodyIsotropic(SplittableRandom rng, FourVector parent, double m, double m1, double m2) {
        return twoBody(parent, m, m1, m2, Sampling.cosThetaIsotropic(rng), Sampling.azimuth(rng));
    }

    /**
     * Mass of a daughter resonance in the decay parent → resonance + other: the line shape truncated to
     * [min, parentMass − otherMass], weighted by the two-body phase space p*. When the mass splitting is
     * below the resonance mass this yields the off-shell (three-body-like) spectrum that piles up just
     * below the kinematic limit; otherwise a Breit–Wigner peak.
     */
    static double daughterMass(SplittableRandom rng, LineShape shape, double parentMass, double otherMass,
            double min) {
        double max = parentMass - otherMass;
        double pMax = Kinematics.twoBodyMomentum(parentMass, min, otherMass);
        while (true) {
            double m = shape.sample(rng, min, max);
            if (rng.nextDouble() * pMax < Kinematics.twoBodyMomentum(parentMass, m, otherMass)) {
                return m;
            }
        }
    }

    /**
     * Three-body decay into massless particles with a flat Dalitz plot (pure phase space): the mass of the
     * (2,3) pair has density ∝ m² − s₂₃ in s₂₃, the pair recoils isotropically against particle 1 and
     * decays isotropically in its own rest frame.
     *
     * @return particle 1, then particles 2 and 3
     */
    static FourVector[] threeBodyMassless(SplittableRandom rng, FourVector parent, double m) {
        // floored so the pair never becomes a light-like boost vector
        double s23 = m * m * Math.max(1e-6, 1.0 - Math.sqrt(rng.nextDouble()));
        double m23 = Math.sqrt(s23);
        Daughters first = twoBodyIsotropic(rng, parent, m, 0.0, m23);
        Daughters pair = twoBodyIsotropic(rng, first.second(), m23, 0.0, 0.0);
        return new FourVector[] {first.first(), pair.first(), pair.second()};
    }
}
