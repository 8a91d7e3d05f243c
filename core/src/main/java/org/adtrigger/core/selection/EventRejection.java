package org.adtrigger.core.selection;

/** Why an event failed the event selection; each rejected event is counted under its first failing cut. */
public enum EventRejection {
    /** Fewer good leptons than the preset requires. */
    TOO_FEW_LEPTONS,
    /** More good leptons than the preset allows. */
    TOO_MANY_LEPTONS,
    /** The lepton multiplicity is right but too few leptons pass the hard-lepton pT threshold. */
    LEPTONS_TOO_SOFT
}
