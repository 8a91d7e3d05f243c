package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.core.kinematics.Kinematics;

/**
 * t-channel single top, qb → q't, with t → bℓν ({@link LeptonicDecays#topToBLeptonNeutrino}). The
 * spectator light quark follows the W-exchange propagator, dσ/dcos θ* ∝ (−t + m_W²)⁻² with
 * −t = √ŝ·p*·(1 − cos θ*), along the beam it came from — hence the characteristic forward jet.
 * √ŝ − m_t follows Γ(2, 60 GeV); pT scale 25 GeV.
 *
 * <p>σ(t) + σ(t̄) = 136.02 + 80.95 pb (NLO, Hathor 2.1; LHC Top Working Group) × BR(W → ℓν) = 0.2134:
 * 46.3 pb.
 */
final class SingleTop extends PhysicsProcess {
    private static final double TOP_PB = 136.02;
    private static final double ANTITOP_PB = 80.95;

    SingleTop() {
        super(ProcessInfo.background("singletop", 100006, (TOP_PB + ANTITOP_PB) * Pdg.BR_W_TO_LEPTON_NU,
                "t-channel single top, t → bℓν, + forward jet"));
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        double mTop = LineShape.TOP.sample(rng);
        double mHat = mTop + Sampling.gammaShape2(rng, 60.0);
        FourVector system = Production.system(rng, mHat, 25.0, out);
        double cosTheta = Sampling.sign(rng, 0.5) * (1.0 - spectatorAngle(rng, mHat, mTop));
        Daughters d = Decays.twoBody(system, mHat, 0.0, mTop, cosTheta, Sampling.azimuth(rng));
        out.addQuark(d.first(), false);
        int charge = Sampling.sign(rng, TOP_PB / (TOP_PB + ANTITOP_PB));
        LeptonicDecays.topToBLeptonNeutrino(rng, d.second(), mTop, charge, out);
    }

    /** x = 1 − cos θ* with density ∝ 1/(x + c)² on [0, 2], c = m_W² / (√ŝ p*), inverted analytically. */
    private static double spectatorAngle(SplittableRandom rng, double mHat, double mTop) {
        double p = Kinematics.twoBodyMomentum(mHat, 0.0, mTop);
        double c = Pdg.W_MASS * Pdg.W_MASS / (mHat * p);
        double norm = 1.0 / c - 1.0 / (2.0 + c);
        return 1.0 / (1.0 / c - rng.nextDouble() * norm) - c;
    }
}
