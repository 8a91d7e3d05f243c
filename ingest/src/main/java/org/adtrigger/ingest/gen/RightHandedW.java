package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;

/**
 * Keung–Senjanović process of the left-right symmetric model: W_R → ℓN, N → ℓ W_R* → ℓqq̄', giving two
 * same-flavour leptons and two jets. The heavy neutrino is Majorana, so the second lepton has either charge
 * with equal probability (half the events are same-sign). W_R has Γ/M = 3.4 % (g_R = g_L) and decays at
 * 1 + cos²θ*; N (negligible width) decays by three-body phase space ({@link Decays#threeBodyMassless}).
 * Default point m(W_R) = 4000 GeV, m(N) = 1000 GeV: inside the reach of the Run-2 searches.
 *
 * <p>σ(pp → W_R) × BR(W_R → ℓN) × BR(N → ℓqq̄') summed over ℓ = e, μ, for g_R = g_L and m(N) ≲ m(W_R)/2,
 * approximate values from the CMS and ATLAS Run-2 searches (JHEP 05 (2018) 148; PLB 798 (2019) 134942):
 * 1.6 fb at 4 TeV (±40 %). W_R⁺ : W_R⁻ ≈ 0.7 : 0.3 (valence u dominance at high x).
 */
final class RightHandedW extends PhysicsProcess {
    /** σ × BR [pb] against m(W_R) [GeV]. */
    private static final CrossSectionTable W_R = new CrossSectionTable(
            2000, 0.060, 3000, 0.0090, 4000, 0.0016, 5000, 3.0e-4, 6000, 6.0e-5);
    private static final double WIDTH_FRACTION = 0.034;
    private static final double PLUS_FRACTION = 0.7;
    private static final double PT_SCALE = 60.0;
    /** Lightest N, and smallest m(W_R) − m(N), for which the quark jets stay resolvable. */
    private static final int MIN_SPLITTING = 100;

    private final LineShape shape;
    private final double neutrinoMass;

    private RightHandedW(ProcessInfo info, LineShape shape, double neutrinoMass) {
        super(info);
        this.shape = shape;
        this.neutrinoMass = neutrinoMass;
    }

    /** W_R of mass {@code mass} and heavy neutrino of mass {@code neutrinoMass}, both in GeV. */
    static RightHandedW of(int mass, int neutrinoMass) {
        ProcessInfo.requireMassOrder("wr", "m(W_R)", "m(N)", mass, neutrinoMass, MIN_SPLITTING, MIN_SPLITTING);
        ProcessInfo info = ProcessInfo.signal("wr_" + mass + "_n_" + neutrinoMass, 54, mass, neutrinoMass,
                W_R.at(mass), "W_R → ℓN → ℓℓqq̄'");
        // the window stops short of m(N) so that the decay is always open
        double min = Math.max(0.7 * mass, neutrinoMass + 1.0);
        return new RightHandedW(info, new LineShape(mass, WIDTH_FRACTION * mass, min, 1.3 * mass), neutrinoMass);
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        double m = shape.sample(rng);
        FourVector wr = Production.system(rng, m, PT_SCALE, out);
        int charge = Sampling.sign(rng, PLUS_FRACTION);
        ObjectType flavour = LeptonicDecays.anyFlavour(rng);
        Daughters d = Decays.twoBody(wr, m, LeptonicDecays.leptonMass(flavour), neutrinoMass,
                Sampling.cosThetaVector(rng), Sampling.azimuth(rng));
        out.addLepton(d.first(), flavour, charge);
        FourVector[] products = Decays.threeBodyMassless(rng, d.second(), neutrinoMass);
        out.addLepton(products[0], flavour, Sampling.sign(rng, 0.5));
        out.addQuark(products[1], false);
        out.addQuark(products[2], false);
    }
}
