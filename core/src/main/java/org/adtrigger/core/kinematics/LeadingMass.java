package org.adtrigger.core.kinematics;

import java.util.List;

import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.ScoredEvent;

/**
 * The leading invariant masses that are bump-hunted, with their fixed binning: the one definition that
 * {@code compare} (offline), the model card's expected spectra and the stream's window spectra share, so an
 * offline spectrum, a card's expectation and a stream's observation line up bin by bin. A value of NaN means
 * the mass does not apply to the event (fewer than two leptons or jets, no object): such events are left out
 * of that spectrum, not put in a zero bin.
 *
 * <p>Slots follow {@link WeightedHistogram}: 0 is the underflow (a mass that smearing made negative), 1..bins
 * the bins, bins + 1 the overflow.
 */
public enum LeadingMass {
    MLL("mll", "m(ℓℓ), two leading leptons", 60, 0, 3000),
    MJJ("mjj", "m(jj), two leading jets", 60, 0, 3000),
    MALL("mall", "m(all objects)", 80, 0, 4000);

    private final String id;
    private final String label;
    private final WeightedHistogram binning;

    LeadingMass(String id, String label, int bins, double low, double high) {
        this.id = id;
        this.label = label;
        this.binning = new WeightedHistogram(bins, low, high);
    }

    /** Short name: file names, JSON, metric labels. */
    public String id() {
        return id;
    }

    /** Title without unit (GeV). */
    public String label() {
        return label;
    }

    public int bins() {
        return binning.binCount();
    }

    public double low() {
        return binning.lowEdge(0);
    }

    public double high() {
        return binning.lowEdge(binning.binCount());
    }

    /** Bins plus under- and overflow. */
    public int slots() {
        return bins() + 2;
    }

    /** A new, empty histogram with this binning. */
    public WeightedHistogram histogram() {
        return binning.emptyCopy();
    }

    /** The slot of {@code mass} (see the class comment); −1 for NaN (does not apply). */
    public int slot(double mass) {
        return Double.isNaN(mass) ? -1 : binning.binOf(mass) + 1;
    }

    /** The mass of an event's selected objects, NaN where it does not apply. */
    public double of(List<PhysObject> objects) {
        return switch (this) {
            case MLL -> EventMasses.leptonCount(objects) >= 2 ? EventMasses.leadingLeptonMass(objects) : Double.NaN;
            case MJJ -> EventMasses.jetCount(objects) >= 2 ? EventMasses.leadingJetMass(objects) : Double.NaN;
            case MALL -> objects.isEmpty() ? Double.NaN : EventMasses.totalMass(objects);
        };
    }

    /**
     * The mass a scored event carries, NaN where it does not apply: the event stores 0 for a pair it lacks
     * (and 0 for m_all without objects), so an exact 0 is read as "does not apply".
     */
    public double of(ScoredEvent event) {
        float m = switch (this) {
            case MLL -> event.getMLeadingLeptons();
            case MJJ -> event.getMLeadingJets();
            case MALL -> event.getNObjects() == 0 ? 0f : event.getMAllObjects();
        };
        return m == 0f ? Double.NaN : m;
    }

    /** The mass named {@code id}; throws IllegalArgumentException listing the names. */
    public static LeadingMass byId(String id) {
        for (LeadingMass m : values()) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown mass '" + id + "'; one of mll, mjj, mall");
    }
}
