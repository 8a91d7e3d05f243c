package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;

/**
 * Slepton pair production ℓ̃⁺ℓ̃⁻ (ẽ or μ̃, left- and right-handed, mass-degenerate) with ℓ̃ → ℓχ̃₁⁰ (100 %):
 * two same-flavour opposite-charge leptons and E_T^miss. Scalars pair-produced through s-channel Z/γ*:
 * dσ/dcos θ* ∝ sin²θ*; pair mass 2m + Γ(2, 0.3 m), pT scale 40 GeV.
 *
 * <p>σ(ẽ_L,Rẽ_L,R + μ̃_L,Rμ̃_L,R), NLO+NLL at 13 TeV (LHC SUSY Cross Section Working Group, Fuks et al.),
 * approximate table: 58 fb at 200 GeV, 0.62 fb at 600 GeV, 0.04 fb at 1 TeV (±30 %).
 */
final class SleptonPair extends PhysicsProcess {
    /** σ(ẽẽ + μ̃μ̃, L + R) [pb] against the slepton mass [GeV]. */
    private static final CrossSectionTable SLEPTONS = new CrossSectionTable(
            100, 0.55, 200, 0.058, 300, 0.0125, 400, 0.0038, 500, 0.00145, 600, 6.2e-4, 700, 2.9e-4,
            800, 1.45e-4, 900, 7.5e-5, 1000, 4.0e-5);

    private final double mass;
    private final double lspMass;

    private SleptonPair(ProcessInfo info, double mass, double lspMass) {
        super(info);
        this.mass = mass;
        this.lspMass = lspMass;
    }

    /** Sleptons of mass {@code mass} and χ̃₁⁰ of mass {@code lspMass}, both in GeV. */
    static SleptonPair of(int mass, int lspMass) {
        ProcessInfo.requireMassOrder("slepton", "m(slepton)", "m(LSP)", mass, lspMass, 0, 1);
        ProcessInfo info = ProcessInfo.signal("slepton_" + mass + "_" + lspMass, 53, mass, lspMass,
                SLEPTONS.at(mass), "ℓ̃ℓ̃ → ℓχ̃₁⁰ ℓχ̃₁⁰ → 2ℓ + E_T^miss");
        return new SleptonPair(info, mass, lspMass);
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        Daughters pair = Production.pair(rng, mass, mass, 0.3 * mass, 40.0, Sampling.cosThetaScalarPair(rng), out);
        ObjectType flavour = LeptonicDecays.anyFlavour(rng);
        double m = LeptonicDecays.leptonMass(flavour);
        FourVector minus = SparticleDecays.toPartnerAndLsp(rng, pair.first(), mass, m, lspMass, out);
        FourVector plus = SparticleDecays.toPartnerAndLsp(rng, pair.second(), mass, m, lspMass, out);
        out.addLepton(minus, flavour, -1);
        out.addLepton(plus, flavour, +1);
    }
}
