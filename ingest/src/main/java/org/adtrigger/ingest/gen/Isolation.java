package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * Lepton isolation and identification. Prompt leptons see only pile-up and underlying-event activity:
 * ptcone30 ~ exponential with mean 0.5 GeV, etcone20 ~ exponential(1 GeV) plus Gaussian noise of 1 GeV
 * (pile-up subtracted, so it can be negative, as calorimeter isolation is in ATLAS). Non-prompt leptons
 * sit inside a jet: both cones add an exponentially distributed fraction of the lepton pT (means 0.3 and
 * 0.25). Tight identification passes 85 % (e) / 92 % (μ) of prompt leptons and 20 % / 40 % of non-prompt.
 */
final class Isolation {
    private Isolation() {
    }

    static void decorate(SplittableRandom rng, PhysObject lepton, boolean prompt) {
        double pt = lepton.getPt();
        double track = Sampling.exponential(rng, 0.5);
        double calo = Sampling.exponential(rng, 1.0) + rng.nextGaussian();
        if (!prompt) {
            track += pt * Sampling.exponential(rng, 0.3);
            calo += pt * Sampling.exponential(rng, 0.25);
        }
        lepton.setPtcone30((float) track);
        lepton.setEtcone20((float) calo);
        boolean electron = lepton.getType() == ObjectType.ELECTRON;
        double tight = prompt ? (electron ? 0.85 : 0.92) : (electron ? 0.20 : 0.40);
        lepton.setTightId(Sampling.chance(rng, tight));
    }
}
