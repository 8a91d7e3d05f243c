package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;

/**
 * Leptonic decays of W, Z, τ and top, writing their products into a {@link TruthEvent}. Charges follow the
 * parent: W⁺ → ℓ⁺ν, t → bW⁺, τ⁻ → ℓ⁻νν̄. Lepton flavours are drawn in proportion to the PDG partial
 * widths (e and μ only; W → τν is not generated).
 */
final class LeptonicDecays {
    private LeptonicDecays() {
    }

    static ObjectType wLeptonFlavour(SplittableRandom rng) {
        return flavour(rng, Pdg.BR_W_TO_E_NU / Pdg.BR_W_TO_LEPTON_NU);
    }

    static ObjectType zLeptonFlavour(SplittableRandom rng) {
        return flavour(rng, Pdg.BR_Z_TO_EE / Pdg.BR_Z_TO_LEPTONS);
    }

    /** e or μ with equal probability, for new particles with flavour-universal couplings. */
    static ObjectType anyFlavour(SplittableRandom rng) {
        return flavour(rng, 0.5);
    }

    private static ObjectType flavour(SplittableRandom rng, double electronFraction) {
        return Sampling.chance(rng, electronFraction) ? ObjectType.ELECTRON : ObjectType.MUON;
    }

    static double leptonMass(ObjectType flavour) {
        return flavour == ObjectType.ELECTRON ? Pdg.ELECTRON_MASS : Pdg.MUON_MASS;
    }

    /** W of the given charge and mass → ℓν, the lepton at cos θ* in the W rest frame. */
    static void wToLeptonNeutrino(SplittableRandom rng, FourVector w, double mass, int charge, double cosTheta,
            TruthEvent out) {
        ObjectType flavour = wLeptonFlavour(rng);
        Daughters d = Decays.twoBody(w, mass, leptonMass(flavour), 0.0, cosTheta, Sampling.azimuth(rng));
        out.addLepton(d.first(), flavour, charge);
        out.addInvisible(d.second());
    }

    /** Z (or γ*) → ℓ⁺ℓ⁻ of the given flavour, the ℓ⁻ at cos θ*. */
    static void zToLeptons(SplittableRandom rng, FourVector z, double mass, ObjectType flavour, double cosTheta,
            TruthEvent out) {
        double m = leptonMass(flavour);
        Daughters d = Decays.twoBody(z, mass, m, m, cosTheta, Sampling.azimuth(rng));
        out.addLepton(d.first(), flavour, -1);
        out.addLepton(d.second(), flavour, +1);
    }

    /**
     * Leptonic τ decay τ → ℓνν̄ in the τ rest frame: the charged-lepton energy follows the unpolarised
     * Michel spectrum dΓ/dx ∝ x²(3 − 2x), x = 2E/m_τ (lepton mass neglected in the spectrum), emitted
     * isotropically; the two neutrinos recoil as one invisible system.
     */
    static void tauToLepton(SplittableRandom rng, FourVector tau, int charge, TruthEvent out) {
        ObjectType flavour = flavour(rng, Pdg.BR_TAU_TO_E / Pdg.BR_TAU_TO_LEPTON);
        double m = leptonMass(flavour);
        double x;
        do {
            x = rng.nextDouble();
        } while (rng.nextDouble() > x * x * (3.0 - 2.0 * x));
        double energy = Math.max(0.5 * x * Pdg.TAU_MASS, m);
        double p = Math.sqrt(energy * energy - m * m);
        FourVector lepton = FourVector.ofMomentumAndAngles(p, Sampling.cosThetaIsotropic(rng),
                Sampling.azimuth(rng), m);
        FourVector neutrinos = new FourVector(-lepton.px(), -lepton.py(), -lepton.pz(), Pdg.TAU_MASS - energy);
        out.addLepton(lepton.boostedBy(tau), flavour, charge);
        out.addInvisible(neutrinos.boostedBy(tau));
    }

    /**
     * Semileptonic top decay t → bW, W → ℓν, both isotropic in their parents' rest frames (spin
     * correlations and W helicity fractions are neglected). {@code charge} is +1 for t, −1 for t̄.
     */
    static void topToBLeptonNeutrino(SplittableRandom rng, FourVector top, double mass, int charge,
            TruthEvent out) {
        double mW = Decays.daughterMass(rng, LineShape.W, mass, Pdg.B_QUARK_MASS, LineShape.W.min());
        Daughters bw = Decays.twoBodyIsotropic(rng, top, mass, Pdg.B_QUARK_MASS, mW);
        out.addQuark(bw.first(), true);
        wToLeptonNeutrino(rng, bw.second(), mW, charge, Sampling.cosThetaIsotropic(rng), out);
    }
}
