package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;

/**
 * Relativistic Breit–Wigner line shape of an unstable particle, dσ/ds ∝ 1 / ((s − M²)² + M²Γ²) in
 * s = m², truncated to a mass window. Sampling inverts the cumulative distribution exactly
 * (s = M² + MΓ tan θ with θ uniform), so a narrow window costs no rejections.
 *
 * @param mass  pole mass M [GeV]
 * @param width total width Γ [GeV]; 0 means a stable particle of fixed mass
 * @param min   lower edge of the mass window [GeV]
 * @param max   upper edge of the mass window [GeV]
 */
record LineShape(double mass, double width, double min, double max) {

    static final LineShape Z = new LineShape(Pdg.Z_MASS, Pdg.Z_WIDTH, 66.0, 116.0);
    static final LineShape W = new LineShape(Pdg.W_MASS, Pdg.W_WIDTH, 40.0, 150.0);
    /** W or Z far off shell, as virtual bosons in three-body decays (H → ZZ*, compressed SUSY). */
    static final LineShape W_OFF_SHELL = new LineShape(Pdg.W_MASS, Pdg.W_WIDTH, 1.0, 200.0);
    static final LineShape Z_OFF_SHELL = new LineShape(Pdg.Z_MASS, Pdg.Z_WIDTH, 4.0, 200.0);
    static final LineShape TOP = new LineShape(Pdg.TOP_MASS, Pdg.TOP_WIDTH, 150.0, 195.0);
    static final LineShape HIGGS = new LineShape(Pdg.HIGGS_MASS, Pdg.HIGGS_WIDTH, 120.0, 130.0);

    LineShape {
        if (!(mass > 0.0 && width >= 0.0 && 0.0 <= min && min <= mass && mass <= max)) {
            throw new IllegalArgumentException(
                    "line shape needs 0 <= min <= mass <= max and width >= 0: " + this);
        }
    }

    /** A stable particle: every sample returns its mass. */
    static LineShape stable(double mass) {
        return new LineShape(mass, 0.0, mass, mass);
    }

    /** A resonance with its width a fraction of its mass, within ±{@code halfWindow}·M of the pole. */
    static LineShape relativeWidth(double mass, double widthFraction, double halfWindow) {
        return new LineShape(mass, widthFraction * mass, (1.0 - halfWindow) * mass, (1.0 + halfWindow) * mass);
    }

    double sample(SplittableRandom rng) {
        return sample(rng, min, max);
    }

    /** Samples within [lo, hi] ∩ [min, max]; a stable particle ignores the interval. */
    double sample(SplittableRandom rng, double lo, double hi) {
        if (width == 0.0) {
            return mass;
        }
        double m2 = mass * mass;
        double mg = mass * width;
        double a = Math.max(lo, min);
        double b = Math.min(hi, max);
        double thetaLo = Math.atan((a * a - m2) / mg);
        double thetaHi = Math.atan((b * b - m2) / mg);
        double s = m2 + mg * Math.tan(thetaLo + (thetaHi - thetaLo) * rng.nextDouble());
        return Math.sqrt(Math.max(s, a * a));
    }
}
