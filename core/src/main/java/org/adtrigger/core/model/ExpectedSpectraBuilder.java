package org.adtrigger.core.model;

import java.util.ArrayList;
import java.util.List;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.stats.WeightedHistogram;

/**
 * Fills the model card's {@link ExpectedSpectra} from the weighted background validation events: each event's
 * leading masses go into the spectra of every tier level up to its own, and the sums are divided by the
 * whole background's Σw at the end. Not thread-safe.
 */
public final class ExpectedSpectraBuilder {
    /** Tier levels 0..3. */
    public static final int LEVELS = 4;

    private final WeightedHistogram[][] spectra = new WeightedHistogram[LEVELS][LeadingMass.values().length];
    private long events;
    private double sumW;
    private double sumW2;

    public ExpectedSpectraBuilder() {
        for (int level = 0; level < LEVELS; level++) {
            for (LeadingMass m : LeadingMass.values()) {
                spectra[level][m.ordinal()] = m.histogram();
            }
        }
    }

    /**
     * Adds one background event.
     *
     * @param tier   its tier, 0..3 (the number of the card's tier cuts its score is above)
     * @param masses its masses in {@link LeadingMass} order, NaN where one does not apply
     */
    public void add(int tier, double[] masses, double weight) {
        events++;
        sumW += weight;
        sumW2 += weight * weight;
        for (int level = 0; level <= tier; level++) {
            for (LeadingMass m : LeadingMass.values()) {
                double v = masses[m.ordinal()];
                if (!Double.isNaN(v)) {
                    spectra[level][m.ordinal()].fill(v, weight);
                }
            }
        }
    }

    /**
     * The fractions.
     *
     * @throws IllegalStateException when the background's Σw is not positive (no fraction can be formed)
     */
    public ExpectedSpectra build() {
        if (!(sumW > 0)) {
            throw new IllegalStateException("the validation background's weights sum to " + sumW
                    + ": no expected spectra");
        }
        List<ExpectedSpectra.TierSpectrum> out = new ArrayList<>();
        for (int level = 0; level < LEVELS; level++) {
            for (LeadingMass m : LeadingMass.values()) {
                WeightedHistogram h = spectra[level][m.ordinal()];
                double[] fractions = new double[m.slots()];
                double[] errors = new double[m.slots()];
                for (int slot = 0; slot < m.slots(); slot++) {
                    var c = slot == 0 ? h.underflow() : slot == m.slots() - 1 ? h.overflow() : h.bin(slot - 1);
                    fractions[slot] = c.sumW() / sumW;
                    errors[slot] = c.error() / sumW;
                }
                out.add(new ExpectedSpectra.TierSpectrum(m.id(), level, m.bins(), m.low(), m.high(), fractions,
                        errors));
            }
        }
        return new ExpectedSpectra(events, sumW2 > 0 ? sumW * sumW / sumW2 : 0, out);
    }
}
