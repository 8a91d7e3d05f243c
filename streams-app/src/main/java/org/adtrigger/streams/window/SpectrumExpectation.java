package org.adtrigger.streams.window;

import java.util.Optional;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.model.ExpectedSpectra;

/**
 * A model card's expected leading-mass spectra in the layout the window merger folds in: per tier level, mass
 * ({@link LeadingMass} order) and slot, the background fraction and its MC statistical error.
 */
record SpectrumExpectation(double[][][] fractions, double[][][] errors) {

    /**
     * The card's spectra, or empty when it has none (cards written before them) or lacks one of the
     * current binning (then the stream reports observed spectra only, rather than compare unlike bins).
     */
    static Optional<SpectrumExpectation> of(ExpectedSpectra card) {
        if (card == null) {
            return Optional.empty();
        }
        LeadingMass[] masses = LeadingMass.values();
        double[][][] fractions = new double[WindowTally.LEVELS][masses.length][];
        double[][][] errors = new double[WindowTally.LEVELS][masses.length][];
        for (int level = 0; level < WindowTally.LEVELS; level++) {
            for (LeadingMass m : masses) {
                Optional<ExpectedSpectra.TierSpectrum> s = card.of(m, level);
                if (s.isEmpty()) {
                    return Optional.empty();
                }
                fractions[level][m.ordinal()] = s.get().fractions().clone();
                errors[level][m.ordinal()] = s.get().errors().clone();
            }
        }
        return Optional.of(new SpectrumExpectation(fractions, errors));
    }
}
