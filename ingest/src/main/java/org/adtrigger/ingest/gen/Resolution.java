package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;

/**
 * Detector resolution: each function returns the factor by which a true four-momentum is scaled (direction
 * kept, so the energy and momentum move together). Parametrisations in the style of the ATLAS detector
 * (ATLAS Collaboration, JINST 3 (2008) S08003 and the Run-2 performance papers):
 *
 * <ul>
 *   <li>electrons: σ_E/E = 10 %/√E ⊕ 1.2 % (≈ 2 % at 45 GeV, 1.2 % at 1 TeV);</li>
 *   <li>muons: σ_pT/pT = 2 % ⊕ 10⁻⁴·pT/GeV (multiple scattering, then curvature: 10 % at 1 TeV);</li>
 *   <li>jets: σ_E/E = 3 GeV/E ⊕ 80 %/√E ⊕ 5 % (noise, stochastic, constant: ≈ 18 % at 30 GeV, 10 % at
 *       100 GeV).</li>
 * </ul>
 * E and pT in GeV. The response is Gaussian with unit mean (calibrated objects).
 */
final class Resolution {
    private Resolution() {
    }

    /** Smallest factor allowed, so a far Gaussian tail never flips a momentum. */
    private static final double MIN_FACTOR = 0.05;

    static double electron(SplittableRandom rng, double energy) {
        double stochastic = 0.10 / Math.sqrt(energy);
        return factor(rng, Math.hypot(stochastic, 0.012));
    }

    static double muon(SplittableRandom rng, double pt) {
        return factor(rng, Math.hypot(0.02, 1e-4 * pt));
    }

    static double jet(SplittableRandom rng, double energy) {
        double noise = 3.0 / energy;
        double stochastic = 0.80 / Math.sqrt(energy);
        return factor(rng, Math.sqrt(noise * noise + stochastic * stochastic + 0.05 * 0.05));
    }

    private static double factor(SplittableRandom rng, double relativeSigma) {
        return Math.max(MIN_FACTOR, 1.0 + relativeSigma * rng.nextGaussian());
    }
}
