package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;

/**
 * Wino-like χ̃₁±χ̃₂⁰ production (degenerate in mass) with χ̃₁± → W(*) χ̃₁⁰ and χ̃₂⁰ → Z(*) χ̃₁⁰ (100 %), W → ℓν and
 * Z → ℓℓ: three leptons and E_T^miss from the neutrino and two LSPs. The W and Z masses are drawn by
 * {@link Decays#daughterMass} within the mass splitting Δm = m(χ̃) − m(χ̃₁⁰): when Δm exceeds the boson mass
 * (800/50) the bosons are on shell; near or below it (450/300: Δm = 150 GeV, just above m_Z with the W and
 * Z line-shape tails cut at Δm) the decay becomes off shell and the lepton spectra soften. The pair is
 * produced through s-channel W* (1 + cos²θ*), its mass 2m + Γ(2, 0.3 m), pT scale 40 GeV; the sparticle
 * and boson decays are isotropic.
 *
 * <p>σ(χ̃₁±χ̃₂⁰), wino-like, NLO+NLL at 13 TeV (LHC SUSY Cross Section Working Group, Fuks et al.): 1.81 pb
 * at 200 GeV, 75 fb at 450 GeV, 4.6 fb at 800 GeV; × BR(W → ℓν) BR(Z → ℓℓ) = 0.2134 × 0.06729.
 */
final class CharginoNeutralino extends PhysicsProcess {
    /** σ(χ̃₁±χ̃₂⁰) [pb] against the common mass [GeV]. */
    private static final CrossSectionTable WINO = new CrossSectionTable(
            200, 1.807, 300, 0.3869, 400, 0.1215, 500, 0.0464, 600, 0.0201, 700, 0.00932, 800, 0.00463,
            900, 0.00242, 1000, 0.00131, 1200, 4.05e-4, 1500, 7.0e-5);
    private static final double CHARGINO_PLUS_FRACTION = 0.67;
    /** Keeps the W* and Z* mass windows (from 1 and 4 GeV) open. */
    private static final int MIN_SPLITTING = 10;

    private final double mass;
    private final double lspMass;

    private CharginoNeutralino(ProcessInfo info, double mass, double lspMass) {
        super(info);
        this.mass = mass;
        this.lspMass = lspMass;
    }

    /** χ̃₁±/χ̃₂⁰ of mass {@code mass} and χ̃₁⁰ of mass {@code lspMass}, both in GeV. */
    static CharginoNeutralino of(int mass, int lspMass) {
        ProcessInfo.requireMassOrder("c1n2", "m(C1)", "m(LSP)", mass, lspMass, 0, MIN_SPLITTING);
        double sigma = WINO.at(mass) * Pdg.BR_W_TO_LEPTON_NU * Pdg.BR_Z_TO_LEPTONS;
        ProcessInfo info = ProcessInfo.signal("c1n2_" + mass + "_" + lspMass, 52, mass, lspMass, sigma,
                "χ̃₁±χ̃₂⁰ → Wχ̃₁⁰ Zχ̃₁⁰ → 3ℓ + E_T^miss");
        return new CharginoNeutralino(info, mass, lspMass);
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        Daughters pair = Production.pair(rng, mass, mass, 0.3 * mass, 40.0, Sampling.cosThetaVector(rng), out);
        int charge = Sampling.sign(rng, CHARGINO_PLUS_FRACTION);
        double mW = Decays.daughterMass(rng, LineShape.W_OFF_SHELL, mass, lspMass, LineShape.W_OFF_SHELL.min());
        FourVector w = SparticleDecays.toPartnerAndLsp(rng, pair.first(), mass, mW, lspMass, out);
        LeptonicDecays.wToLeptonNeutrino(rng, w, mW, charge, Sampling.cosThetaIsotropic(rng), out);
        double mZ = Decays.daughterMass(rng, LineShape.Z_OFF_SHELL, mass, lspMass, LineShape.Z_OFF_SHELL.min());
        FourVector z = SparticleDecays.toPartnerAndLsp(rng, pair.second(), mass, mZ, lspMass, out);
        LeptonicDecays.zToLeptons(rng, z, mZ, LeptonicDecays.zLeptonFlavour(rng), Sampling.cosThetaIsotropic(rng),
                out);
    }
}
