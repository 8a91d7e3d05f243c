package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;

/**
 * A neutral vector resonance decaying to a lepton pair, produced from qq̄ with its recoil jets: Z/γ* → ee,
 * μμ, ττ (+ jets) and a sequential-SM Z' → ee or μμ. The decay angle follows 1 + cos²θ*. Taus decay
 * leptonically ({@link LeptonicDecays#tauToLepton}).
 *
 * <p>Cross sections at 13 TeV, 66 < m_ℓℓ < 116 GeV: σ(Z → ℓℓ) = 1.981 nb per lepton flavour, the ATLAS
 * measurement (Phys. Lett. B 759 (2016) 601), in agreement with NNLO QCD. For Z → ττ that is multiplied by
 * BR(τ → ℓνν̄)² = 0.3521² (both taus to e or μ).
 *
 * <p>Z'_SSM: Γ/M = 3 %, σ × B(ℓℓ) summed over ee and μμ from an approximate table read off the ATLAS
 * dilepton-resonance searches at 13 TeV (JHEP 10 (2017) 182; Phys. Lett. B 796 (2019) 68; Pythia 8 LO
 * with NNLO QCD K-factors): 24 fb at 2 TeV, 2.6 fb at 3 TeV; good to about ±30 %.
 */
final class DileptonResonance extends PhysicsProcess {
    private static final double Z_TO_LEPTONS_PB = 1981.0;
    private static final double Z_PT_SCALE = 10.0;
    private static final double ZPRIME_PT_SCALE = 40.0;
    private static final double ZPRIME_WIDTH_FRACTION = 0.03;

    /** σ × B(Z'_SSM → ee + μμ) [pb] against M [GeV]. */
    private static final CrossSectionTable ZPRIME_SSM = new CrossSectionTable(
            500, 8.0, 1000, 0.70, 2000, 0.024, 3000, 0.0026, 4000, 4.4e-4, 5000, 1.0e-4, 6000, 3.0e-5);

    enum Channel { ELECTRONS, MUONS, TAUS, ELECTRONS_OR_MUONS }

    private final LineShape shape;
    private final double ptScale;
    private final Channel channel;

    private DileptonResonance(ProcessInfo info, LineShape shape, double ptScale, Channel channel) {
        super(info);
        this.shape = shape;
        this.ptScale = ptScale;
        this.channel = channel;
    }

    static DileptonResonance zee() {
        return new DileptonResonance(ProcessInfo.background("zee", 100001, Z_TO_LEPTONS_PB, "Z/γ* → ee + jets"),
                LineShape.Z, Z_PT_SCALE, Channel.ELECTRONS);
    }

    static DileptonResonance zmumu() {
        return new DileptonResonance(ProcessInfo.background("zmumu", 100002, Z_TO_LEPTONS_PB, "Z/γ* → μμ + jets"),
                LineShape.Z, Z_PT_SCALE, Channel.MUONS);
    }

    static DileptonResonance ztautau() {
        double sigma = Z_TO_LEPTONS_PB * Pdg.BR_TAU_TO_LEPTON * Pdg.BR_TAU_TO_LEPTON;
        return new DileptonResonance(
                ProcessInfo.background("ztautau", 100003, sigma, "Z/γ* → ττ → ℓℓ + 4ν + jets"),
                LineShape.Z, Z_PT_SCALE, Channel.TAUS);
    }

    /** Z'_SSM of mass {@code mass} GeV → ee or μμ. */
    static DileptonResonance zprime(int mass) {
        ProcessInfo info = ProcessInfo.signal("zprime" + mass, 51, mass, 0, ZPRIME_SSM.at(mass),
                "Z'(SSM, " + mass + " GeV) → ee/μμ");
        return new DileptonResonance(info, LineShape.relativeWidth(mass, ZPRIME_WIDTH_FRACTION, 0.3),
                ZPRIME_PT_SCALE, Channel.ELECTRONS_OR_MUONS);
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        double m = shape.sample(rng);
        FourVector resonance = Production.system(rng, m, ptScale, out);
        double cosTheta = Sampling.cosThetaVector(rng);
        switch (channel) {
            case TAUS -> {
                Daughters taus = Decays.twoBody(resonance, m, Pdg.TAU_MASS, Pdg.TAU_MASS, cosTheta,
                        Sampling.azimuth(rng));
                LeptonicDecays.tauToLepton(rng, taus.first(), -1, out);
                LeptonicDecays.tauToLepton(rng, taus.second(), +1, out);
            }
            case ELECTRONS -> LeptonicDecays.zToLeptons(rng, resonance, m, ObjectType.ELECTRON, cosTheta, out);
            case MUONS -> LeptonicDecays.zToLeptons(rng, resonance, m, ObjectType.MUON, cosTheta, out);
            case ELECTRONS_OR_MUONS -> LeptonicDecays.zToLeptons(rng, resonance, m,
                    LeptonicDecays.zLeptonFlavour(rng), cosTheta, out);
        }
    }
}
