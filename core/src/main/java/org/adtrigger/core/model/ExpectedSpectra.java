package org.adtrigger.core.model;

import java.util.List;
import java.util.Optional;

import org.adtrigger.core.kinematics.LeadingMass;

/**
 * The model card's expected mass spectra per tier level, from the weighted background validation split, as
 * fractions of the whole validation background: a stream scales them by the number of events it scored, as
 * it scales the tier pass fractions. One entry per {@link LeadingMass} and tier level 0..3 (events with tier
 * ≥ level); the binning is written out with it so a reader can check it against its own.
 *
 * @param events          raw background events in the validation split
 * @param effectiveEvents (Σw)²/Σw² of those events
 * @param spectra         one per mass and tier level
 */
public record ExpectedSpectra(long events, double effectiveEvents, List<TierSpectrum> spectra) {

    public ExpectedSpectra {
        spectra = List.copyOf(spectra);
    }

    /**
     * @param mass      {@link LeadingMass#id()}
     * @param tier      tier level i: events with tier ≥ i (0: every event)
     * @param bins      bins on [low, high)
     * @param fractions per slot (underflow, bins, overflow; see {@link LeadingMass}): Σw of the validation
     *                  background with tier ≥ i and the mass in the slot, over the Σw of the whole validation
     *                  background
     * @param errors    per slot: √Σw² of the same events over the whole Σw, the MC statistical error of the
     *                  fraction (the events' own weights; the error on the total Σw is neglected)
     */
    public record TierSpectrum(String mass, int tier, int bins, double low, double high, double[] fractions,
                               double[] errors) {

        /** Whether this spectrum has the binning {@code mass} defines (a card of another version may not). */
        public boolean matches(LeadingMass m) {
            return m.id().equals(mass) && m.bins() == bins && m.low() == low && m.high() == high
                    && fractions.length == m.slots() && errors.length == m.slots();
        }
    }

    /** The spectrum of {@code mass} at tier level {@code tier}, if the card has it with the current binning. */
    public Optional<TierSpectrum> of(LeadingMass mass, int tier) {
        return spectra.stream().filter(s -> s.tier() == tier && s.matches(mass)).findFirst();
    }
}
