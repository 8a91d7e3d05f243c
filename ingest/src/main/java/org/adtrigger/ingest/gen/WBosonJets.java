package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;
import org.adtrigger.schema.ObjectType;

/**
 * W + jets with W → eν or μν, the lepton at 1 + cos²θ* (the charge-averaged W polarisation).
 *
 * <p>In 10 % of events a jet also yields a non-prompt lepton (semileptonic heavy-flavour decay or a
 * misidentified hadron): it takes a fraction z ∈ [0.15, 0.5] of the leading jet's momentum, collinear with
 * it, and the jet keeps the rest; when no parton above 20 GeV exists, one is added with a falling pT^−4.5
 * spectrum. Its isolation and ID come out poor ({@link Isolation}); its charge is random.
 *
 * <p>σ(W → ℓν) = 20.64 nb per lepton flavour (ATLAS, Phys. Lett. B 759 (2016) 601), so 41.28 nb for e + μ;
 * W⁺ : W⁻ = 11.83 : 8.79 nb.
 */
final class WBosonJets extends PhysicsProcess {
    private static final double SIGMA_PB = 2.0 * 20640.0;
    private static final double W_PLUS_FRACTION = 11.83 / (11.83 + 8.79);
    private static final double PT_SCALE = 10.0;
    private static final double FAKE_FRACTION = 0.10;
    private static final double FAKE_SOURCE_MIN_PT = 20.0;

    WBosonJets() {
        super(ProcessInfo.background("wjets", 100004, SIGMA_PB, "W → ℓν + jets, 10 % with a non-prompt lepton"));
    }

    @Override
    void generate(SplittableRandom rng, TruthEvent out) {
        double m = LineShape.W.sample(rng);
        FourVector w = Production.system(rng, m, PT_SCALE, out);
        int charge = Sampling.sign(rng, W_PLUS_FRACTION);
        LeptonicDecays.wToLeptonNeutrino(rng, w, m, charge, Sampling.cosThetaVector(rng), out);
        if (Sampling.chance(rng, FAKE_FRACTION)) {
            addNonPromptLepton(rng, out);
        }
    }

    private static void addNonPromptLepton(SplittableRandom rng, TruthEvent out) {
        int source = leadingParton(out);
        if (source < 0 || out.momentum(source).pt() < FAKE_SOURCE_MIN_PT) {
            double pt = Sampling.powerLaw(rng, FAKE_SOURCE_MIN_PT, 4.5);
            out.addQuark(FourVector.ofPtEtaPhiM(pt, 1.5 * rng.nextGaussian(), Sampling.azimuth(rng), 0.0), false);
            source = out.size() - 1;
        }
        FourVector jet = out.momentum(source);
        double z = Sampling.uniform(rng, 0.15, 0.5);
        out.setMomentum(source, jet.times(1.0 - z));
        ObjectType flavour = LeptonicDecays.anyFlavour(rng);
        out.addNonPromptLepton(jet.times(z), flavour, Sampling.sign(rng, 0.5));
    }

    private static int leadingParton(TruthEvent event) {
        int best = -1;
        for (int i = 0; i < event.size(); i++) {
            if (event.isParton(i) && (best < 0 || event.momentum(i).pt() > event.momentum(best).pt())) {
                best = i;
            }
        }
        return best;
    }
}
