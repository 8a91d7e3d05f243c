package org.adtrigger.trainer.compare;

import java.util.List;
import org.adtrigger.core.kinematics.EventMasses;
import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.stats.WeightedHistogram;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;

/**
 * The quantities {@code compare} plots for data and MC, with their fixed binning. A value of NaN means the
 * quantity does not apply to the event (m_ℓℓ with fewer than two leptons, m_T without a lepton or without a
 * recorded E_T^miss azimuth): such events are left out of that plot, not put in a zero bin.
 */
public enum Observable {
    /** log10 of the anomaly score; binned over the MC's range (see {@link #binning}). */
    SCORE("score", "log10(anomaly score)", "", 50, 0, 0, false),
    MET("met", "MET", "GeV", 40, 0, 1000, false),
    LEPTONS("n-leptons", "lepton (e, μ) multiplicity", "", 8, -0.5, 7.5, false),
    JETS("n-jets", "jet multiplicity (b-tagged included)", "", 12, -0.5, 11.5, false),
    BJETS("n-bjets", "b-jet multiplicity", "", 6, -0.5, 5.5, false),
    MLL(LeadingMass.MLL),
    MJJ(LeadingMass.MJJ),
    MALL(LeadingMass.MALL),
    MT("mt", "m_T(leading lepton, MET)", "GeV", 40, 0, 1000, false);

    private final String id;
    private final String label;
    private final String unit;
    private final int bins;
    private final double low;
    private final double high;
    private final boolean resonant;

    /** A leading mass, with the binning the model card and the stream share. */
    Observable(LeadingMass mass) {
        this(mass.id(), mass.label(), "GeV", mass.bins(), mass.low(), mass.high(), true);
    }

    Observable(String id, String label, String unit, int bins, double low, double high, boolean resonant) {
        this.id = id;
        this.label = label;
        this.unit = unit;
        this.bins = bins;
        this.low = low;
        this.high = high;
        this.resonant = resonant;
    }

    /** Short name, used in file names and the JSON. */
    public String id() {
        return id;
    }

    /** Axis label. */
    public String label() {
        return unit.isEmpty() ? label : label + " [" + unit + "]";
    }

    /** The name without unit, for titles. */
    public String title() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Whether the bump hunt scans it: the invariant masses, where a new particle would peak. */
    public boolean isResonant() {
        return resonant;
    }

    /**
     * The fixed bins; for the score, 50 bins from the smallest to just above the largest log10(score) of
     * {@code mcScores} (the model's score has no natural scale).
     */
    public WeightedHistogram binning(double[] mcLog10Scores) {
        if (this != SCORE) {
            return new WeightedHistogram(bins, low, high);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : mcLog10Scores) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (!(min < max)) {
            return new WeightedHistogram(bins, -1, 1);
        }
        return new WeightedHistogram(bins, min, max + 1e-6 * (max - min));
    }

    /** Every observable of an event except the score, in declaration order from {@link #MET}. */
    public static void kinematics(Event event, double[] into) {
        List<PhysObject> objects = event.getObjects();
        int leptons = EventMasses.leptonCount(objects);
        int jets = EventMasses.jetCount(objects);
        into[MET.ordinal() - 1] = event.getMetEt();
        into[LEPTONS.ordinal() - 1] = leptons;
        into[JETS.ordinal() - 1] = jets;
        into[BJETS.ordinal() - 1] = EventMasses.bJetCount(objects);
        into[MLL.ordinal() - 1] = LeadingMass.MLL.of(objects);
        into[MJJ.ordinal() - 1] = LeadingMass.MJJ.of(objects);
        into[MALL.ordinal() - 1] = LeadingMass.MALL.of(objects);
        into[MT.ordinal() - 1] = EventMasses.leptonTransverseMass(objects, event.getMetEt(), event.getMetPhi());
    }

    /** How many values {@link #kinematics} writes. */
    public static int kinematicCount() {
        return values().length - 1;
    }
}
