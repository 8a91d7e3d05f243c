package org.adtrigger.ingest.adapters;

import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.TruthLabel;

/**
 * The event-level values every adapter fills, checked and turned into an {@link Event} (GeV, radians).
 *
 * @param datasetId dataset (channel) number, 0 when none
 * @param weight    the full per-event weight, 1 for data
 */
public record EventValues(long run, long eventNumber, String sample, int datasetId, boolean isData, double weight,
        double metEt, double metPhi) {

    /** √s of the LHC Run 2 data all supported formats hold, GeV. */
    public static final float SQRT_S = 13000f;

    public Event build(List<PhysObject> objects) throws BadRecordException {
        if (!Double.isFinite(metPhi)) {
            throw new BadRecordException("missing ET " + metEt + " GeV at phi " + metPhi + " is not valid");
        }
        return event(metPhi, objects);
    }

    /**
     * The event of a source that does not record the azimuth of the missing ET: its {@code metPhi} is NaN,
     * which the RMM reads as "not measured" (its m_T cells are then 0), whatever {@link #metPhi()} holds.
     */
    public Event buildWithoutMetPhi(List<PhysObject> objects) throws BadRecordException {
        return event(Float.NaN, objects);
    }

    private Event event(double phi, List<PhysObject> objects) throws BadRecordException {
        if (!Double.isFinite(weight)) {
            throw new BadRecordException("weight is " + weight);
        }
        if (!Double.isFinite(metEt) || metEt < 0) {
            throw new BadRecordException("missing ET " + metEt + " GeV at phi " + metPhi + " is not valid");
        }
        return new Event(run, eventNumber, sample, datasetId, isData, weight, TruthLabel.UNKNOWN, SQRT_S,
                (float) metEt, (float) phi, objects);
    }
}
