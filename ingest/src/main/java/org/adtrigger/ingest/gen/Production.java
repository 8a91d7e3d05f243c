package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;

/**
 * Places the hard system (a resonance, or a produced pair) in the lab and adds the QCD radiation that
 * balances it, plus pile-up jets.
 *
 * <ul>
 *   <li>Transverse momentum: dN/dpT ∝ pT / (p₀² + pT²)^2.25 — a Sudakov-like turn-on (mode p₀/√3.5) with a
 *       pT^−3.5 tail, the shape of measured Z, W, tt̄ and H pT spectra at 13 TeV. Its mean is 1.2 p₀; the
 *       scale p₀ is set per process.</li>
 *   <li>Rapidity: Gaussian of width 0.4·y_max truncated at |y| < y_max = ln(√s / m), which reproduces the
 *       broad plateau of light-resonance production and the narrowing for heavy states.</li>
 *   <li>Recoil: the system's pT is balanced by one initial-state-radiation parton, or (35 %) by two that
 *       share it, at rapidities spread by 1.5 units around the system's.</li>
 *   <li>Pile-up: Poisson(0.2) extra jets per event with pT > 20 GeV falling as pT^−4.5, flat in
 *       |η| < 4.5, not balanced (their recoil is in other collisions).</li>
 * </ul>
 */
final class Production {
    private Production() {
    }

    static final double SQRT_S = 13000.0;

    private static final double PT_TAIL_EXPONENT = -1.0 / 1.25;
    private static final double RAPIDITY_WIDTH_FRACTION = 0.4;
    private static final double TWO_JET_RECOIL_PROBABILITY = 0.35;
    private static final double RECOIL_RAPIDITY_SPREAD = 1.5;
    private static final double PILE_UP_JETS_MEAN = 0.2;
    private static final double PILE_UP_MIN_PT = 20.0;
    private static final double PILE_UP_PT_INDEX = 4.5;
    private static final double PILE_UP_MAX_ETA = 4.5;

    /** A system of the given mass with pT scale p₀ [GeV], its recoil written to {@code out}. */
    static FourVector system(SplittableRandom rng, double mass, double ptScale, TruthEvent out) {
        double pt = ptScale * Math.sqrt(Math.pow(1.0 - rng.nextDouble(), PT_TAIL_EXPONENT) - 1.0);
        double y = rapidity(rng, mass);
        double phi = Sampling.azimuth(rng);
        addRecoil(rng, pt, phi + Math.PI, y, out);
        return FourVector.ofPtRapidityPhiM(pt, y, phi, mass);
    }

    /**
     * A pair of particles of masses m1 and m2 produced with invariant mass m1 + m2 + Γ(2, massScale)
     * (vanishing at threshold, falling with the parton luminosity), split at cos θ* in its rest frame.
     */
    static Daughters pair(SplittableRandom rng, double m1, double m2, double massScale, double ptScale,
            double cosTheta, TruthEvent out) {
        double mass = m1 + m2 + Sampling.gammaShape2(rng, massScale);
        FourVector system = system(rng, mass, ptScale, out);
        return Decays.twoBody(system, mass, m1, m2, cosTheta, Sampling.azimuth(rng));
    }

    static void addPileUp(SplittableRandom rng, TruthEvent out) {
        int n = Sampling.poisson(rng, PILE_UP_JETS_MEAN);
        for (int i = 0; i < n; i++) {
            double pt = Sampling.powerLaw(rng, PILE_UP_MIN_PT, PILE_UP_PT_INDEX);
            double eta = Sampling.uniform(rng, -PILE_UP_MAX_ETA, PILE_UP_MAX_ETA);
            out.addQuark(FourVector.ofPtEtaPhiM(pt, eta, Sampling.azimuth(rng), 0.0), false);
        }
    }

    private static double rapidity(SplittableRandom rng, double mass) {
        double yMax = Math.log(SQRT_S / mass);
        double sigma = RAPIDITY_WIDTH_FRACTION * yMax;
        double y;
        do {
            y = sigma * rng.nextGaussian();
        } while (Math.abs(y) >= yMax);
        return y;
    }

    private static void addRecoil(SplittableRandom rng, double pt, double phi, double systemY, TruthEvent out) {
        double rx = pt * Math.cos(phi);
        double ry = pt * Math.sin(phi);
        if (!Sampling.chance(rng, TWO_JET_RECOIL_PROBABILITY)) {
            addRecoilParton(rng, rx, ry, systemY, out);
            return;
        }
        // two partons: fractions z and 1 − z of the recoil plus opposite kicks perpendicular to it
        double z = Sampling.uniform(rng, 0.5, 0.9);
        double kick = Sampling.uniform(rng, -0.6, 0.6);
        double kx = -kick * ry;
        double ky = kick * rx;
        addRecoilParton(rng, z * rx + kx, z * ry + ky, systemY, out);
        addRecoilParton(rng, (1.0 - z) * rx - kx, (1.0 - z) * ry - ky, systemY, out);
    }

    private static void addRecoilParton(SplittableRandom rng, double px, double py, double systemY,
            TruthEvent out) {
        double pt = Math.hypot(px, py);
        if (pt > 0.0) {
            double eta = systemY + RECOIL_RAPIDITY_SPREAD * rng.nextGaussian();
            out.addQuark(FourVector.ofPtEtaPhiM(pt, eta, Math.atan2(py, px), 0.0), false);
        }
    }
}
