package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;

/**
 * Electroweak boson pairs with leptonic decays. Each boson's mass follows its Breit–Wigner, the pair mass
 * exceeds threshold by Γ(2, 60 GeV), the pair is produced isotropically with pT scale 20 GeV, and each
 * boson decays isotropically in its rest frame.
 *
 * <ul>
 *   <li>WW → ℓνℓν: σ(WW) = 118.7 pb (NNLO QCD, Gehrmann et al., PRL 113 (2014) 212001) × 0.2134²
 *       = 5.41 pb.</li>
 *   <li>WZ → ℓνℓℓ: σ(W±Z) = 49.98 pb (NNLO QCD, Grazzini et al., PLB 761 (2016) 179; W⁺Z : W⁻Z ≈ 0.61 :
 *       0.39) × BR(W → ℓν) × BR(Z → ℓℓ) = 0.2134 × 0.06729: 0.718 pb.</li>
 *   <li>ZZ → ℓℓℓℓ or ℓℓνν: σ(ZZ) = 16.91 pb (NNLO QCD, Grazzini et al.; 66 < m_Z < 116 GeV) ×
 *       [(B_ℓℓ + B_νν)² − B_νν²] with B_ℓℓ = 0.06729, B_νν = 0.2000: 0.532 pb, of which 14 % are 4ℓ.</li>
 * </ul>
 */
final class Diboson extends PhysicsProcess {
    private static final double WW_PB = 118.7 * Pdg.BR_W_TO_LEPTON_NU * Pdg.BR_W_TO_LEPTON_NU;
    private static final double WZ_PB = 49.98 * Pdg.BR_W_TO_LEPTON_NU * Pdg.BR_Z_TO_LEPTONS;
    private static final double ZZ_VISIBLE_BR = square(Pdg.BR_Z_TO_LEPTONS + Pdg.BR_Z_TO_NEUTRINOS)
            - square(Pdg.BR_Z_TO_NEUTRINOS);
    private static final double ZZ_PB = 16.91 * ZZ_VISIBLE_BR;
    private static final double ZZ_FOUR_LEPTON_FRACTION = square(Pdg.BR_Z_TO_LEPTONS) / ZZ_VISIBLE_BR;
    private static final double W_PLUS_Z_FRACTION = 0.61;
    private static final double MASS_SCALE = 60.0;
    private static final double PT_SCALE = 20.0;

    private enum Boson { W, Z }

    private final Boson first;
    private final Boson second;

    private Diboson(ProcessInfo info, Boson first, Boson second) {
        super(info);
        this.first = first;
        this.second = second;
    }

    static Diboson ww() {
        return new Diboson(ProcessInfo.background("ww", 100007, WW_PB, "WW → ℓνℓν"), Boson.W, Boson.W);
    }

    static Diboson wz() {
        return new Diboson(ProcessInfo.background("wz", 100008, WZ_PB, "WZ → ℓνℓℓ"), Boson.W, Boson.Z);
    }

    static Diboson zz() {
        return new Diboson(ProcessInfo.background("zz", 100009, ZZ_PB, "ZZ → ℓℓℓℓ / ℓℓνν"), Boson.Z, Boson.Z);
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        double m1 = lineShape(first).sample(rng);
        double m2 = lineShape(second).sample(rng);
        Daughters pair = Production.pair(rng, m1, m2, MASS_SCALE, PT_SCALE, Sampling.cosThetaIsotropic(rng), out);
        // charges: W⁺W⁻, or W±Z by the measured ratio
        int firstCharge = second == Boson.W ? +1 : Sampling.sign(rng, W_PLUS_Z_FRACTION);
        int invisible = first == Boson.Z ? invisibleZ(rng) : -1;
        decay(rng, first, pair.first(), m1, firstCharge, invisible == 0, out);
        decay(rng, second, pair.second(), m2, -firstCharge, invisible == 1, out);
    }

    /** In ZZ at most one Z goes to neutrinos: returns its index (0 or 1), or −1 for four leptons. */
    private static int invisibleZ(SplittableRandom rng) {
        if (Sampling.chance(rng, ZZ_FOUR_LEPTON_FRACTION)) {
            return -1;
        }
        return Sampling.chance(rng, 0.5) ? 0 : 1;
    }

    private static void decay(SplittableRandom rng, Boson boson, FourVector p, double mass, int charge,
            boolean zToNeutrinos, TruthEvent out) {
        double cosTheta = Sampling.cosThetaIsotropic(rng);
        if (boson == Boson.W) {
            LeptonicDecays.wToLeptonNeutrino(rng, p, mass, charge, cosTheta, out);
        } else if (zToNeutrinos) {
            out.addInvisible(p);
        } else {
            LeptonicDecays.zToLeptons(rng, p, mass, LeptonicDecays.zLeptonFlavour(rng), cosTheta, out);
        }
    }

    private static LineShape lineShape(Boson boson) {
        return boson == Boson.W ? LineShape.W : LineShape.Z;
    }

    private static double square(double x) {
        return x * x;
    }
}
