package org.adtrigger.core.selection;

/** Why an object was removed by the object selection; each removed object is counted under one reason. */
public enum ObjectRejection {
    /** pT at or below the type's threshold. */
    PT,
    /** |η| at or beyond the type's acceptance. */
    ETA,
    /** Track isolation ptcone30/pT at or above the limit. */
    TRACK_ISOLATION,
    /** Calorimeter isolation etcone20/pT at or above the limit. */
    CALO_ISOLATION,
    /** Fails the tight identification where it is required. */
    NOT_TIGHT,
    /** A τ while the configuration drops τ leptons. */
    TAU_DROPPED,
    /** Removed by a ΔR overlap-removal rule. */
    OVERLAP
}
