package org.adtrigger.core.selection;

import java.util.List;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;

/**
 * The event-level cut of a preset, on the good leptons (electrons and muons after object selection; τ
 * never count): between {@code minLeptons} and {@code maxLeptons} of them, of which at least
 * {@code minHardLeptons} have pT &gt; {@code hardLeptonPt}.
 *
 * @param minLeptons     fewest good leptons, ≥ 0
 * @param maxLeptons     most good leptons, ≥ minLeptons ({@link Integer#MAX_VALUE} for no limit)
 * @param minHardLeptons how many good leptons must pass {@code hardLeptonPt}, ≥ 0
 * @param hardLeptonPt   the hard-lepton pT threshold [GeV], strict
 */
public record LeptonRequirement(int minLeptons, int maxLeptons, int minHardLeptons, double hardLeptonPt) {

    public LeptonRequirement {
        if (minLeptons < 0 || maxLeptons < minLeptons || minHardLeptons < 0 || minHardLeptons > maxLeptons
                || !(hardLeptonPt >= 0.0)) {
            throw new IllegalArgumentException("inconsistent lepton requirement: " + minLeptons + ".."
                    + maxLeptons + " leptons, " + minHardLeptons + " above " + hardLeptonPt + " GeV");
        }
    }

    /** The reason the good objects fail this requirement, or {@code null} when they pass. */
    EventRejection firstFailure(List<PhysObject> good) {
        int leptons = 0;
        int hard = 0;
        for (PhysObject o : good) {
            if (o.getType() == ObjectType.ELECTRON || o.getType() == ObjectType.MUON) {
                leptons++;
                if (o.getPt() > hardLeptonPt) {
                    hard++;
                }
            }
        }
        if (leptons < minLeptons) {
            return EventRejection.TOO_FEW_LEPTONS;
        }
        if (leptons > maxLeptons) {
            return EventRejection.TOO_MANY_LEPTONS;
        }
        return hard < minHardLeptons ? EventRejection.LEPTONS_TOO_SOFT : null;
    }
}
