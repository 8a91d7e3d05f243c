package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;

/**
 * Dileptonic tt̄: both tops decay as {@link LeptonicDecays#topToBLeptonNeutrino}, giving two b jets, two
 * opposite-charge leptons and two neutrinos. m_tt̄ − 2m_t follows Γ(2, 80 GeV) (mean m_tt̄ ≈ 505 GeV, close
 * to the measured spectrum), the pair is produced isotropically, pT scale 40 GeV.
 *
 * <p>σ(tt̄) = 832 pb (NNLO+NNLL, Top++ 2.0, m_t = 172.5 GeV; LHC Top Working Group) × BR(W → ℓν)² =
 * 0.2134²: 37.9 pb.
 */
final class TopPair extends PhysicsProcess {
    private static final double SIGMA_PB = 832.0 * Pdg.BR_W_TO_LEPTON_NU * Pdg.BR_W_TO_LEPTON_NU;

    TopPair() {
        super(ProcessInfo.background("ttbar", 100005, SIGMA_PB, "tt̄ → bℓν bℓν"));
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        double m1 = LineShape.TOP.sample(rng);
        double m2 = LineShape.TOP.sample(rng);
        Daughters tops = Production.pair(rng, m1, m2, 80.0, 40.0, Sampling.cosThetaIsotropic(rng), out);
        LeptonicDecays.topToBLeptonNeutrino(rng, tops.first(), m1, +1, out);
        LeptonicDecays.topToBLeptonNeutrino(rng, tops.second(), m2, -1, out);
    }
}
