package org.adtrigger.ingest.gen;

/**
 * Particle masses, widths and branching ratios used by the generator, in GeV.
 *
 * <p>Sources: Particle Data Group, Review of Particle Physics (R.L. Workman et al., PTEP 2022, 083C01),
 * except the top mass, which is the 172.5 GeV used by the LHC Monte Carlo samples, and the Higgs width and
 * H → 4ℓ branching ratio, which are the SM predictions of the LHC Higgs Cross Section Working Group
 * (CERN Yellow Report 4, arXiv:1610.07922). "ℓ" means e or μ throughout the generator.
 */
final class Pdg {
    private Pdg() {
    }

    static final double ELECTRON_MASS = 0.000511;
    static final double MUON_MASS = 0.10566;
    static final double TAU_MASS = 1.77686;
    /** b-quark mass as used by parton showers (pole-like), for top decay kinematics. */
    static final double B_QUARK_MASS = 4.8;

    static final double Z_MASS = 91.1876;
    static final double Z_WIDTH = 2.4952;
    static final double W_MASS = 80.377;
    static final double W_WIDTH = 2.085;
    static final double TOP_MASS = 172.5;
    static final double TOP_WIDTH = 1.42;
    static final double HIGGS_MASS = 125.25;
    static final double HIGGS_WIDTH = 0.0041;

    static final double BR_W_TO_E_NU = 0.1071;
    static final double BR_W_TO_MU_NU = 0.1063;
    /** W → eν or μν. */
    static final double BR_W_TO_LEPTON_NU = BR_W_TO_E_NU + BR_W_TO_MU_NU;

    static final double BR_Z_TO_EE = 0.033632;
    static final double BR_Z_TO_MUMU = 0.033662;
    /** Z → ee or μμ. */
    static final double BR_Z_TO_LEPTONS = BR_Z_TO_EE + BR_Z_TO_MUMU;
    /** Z → νν̄, summed over the three neutrino flavours. */
    static final double BR_Z_TO_NEUTRINOS = 0.2000;

    static final double BR_TAU_TO_E = 0.1782;
    static final double BR_TAU_TO_MU = 0.1739;
    /** τ → ℓνν̄. */
    static final double BR_TAU_TO_LEPTON = BR_TAU_TO_E + BR_TAU_TO_MU;

    /** H → ZZ* → 4ℓ with ℓ = e, μ, including same-flavour interference (YR4). */
    static final double BR_H_TO_4L = 1.240e-4;
}
