package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;
import org.adtrigger.core.kinematics.FourVector;

/** The decay every R-parity-conserving cascade ends with: sparticle → SM partner + invisible χ̃₁⁰. */
final class SparticleDecays {
    private SparticleDecays() {
    }

    /**
     * Isotropic two-body decay of a sparticle of mass {@code mass} into a visible partner of mass
     * {@code partnerMass} and the LSP; the LSP is added to the invisible momentum of {@code out}.
     *
     * @return the partner's four-momentum
     */
    static FourVector toPartnerAndLsp(SplittableRandom rng, FourVector sparticle, double mass, double partnerMass,
            double lspMass, TruthEvent out) {
        Daughters d = Decays.twoBodyIsotropic(rng, sparticle, mass, partnerMass, lspMass);
        out.addInvisible(d.second());
        return d.first();
    }
}
