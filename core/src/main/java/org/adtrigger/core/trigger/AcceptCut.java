package org.adtrigger.core.trigger;

/**
 * A score cut the event filter applies (an event is accepted when its score is strictly above {@code cut})
 * with what the model card says about it: the background fraction that passes and the validation
 * statistics that fraction comes from.
 *
 * @param cut             score cut; −∞ accepts every event
 * @param passFraction    background fraction expected above the cut, ε
 * @param eventsBehind    raw validation background events above the cut (−1 when the card does not say)
 * @param effectiveEvents effective size (Σw)²/Σw² of the validation background the fraction comes from; 0 when
 *                        the card does not say, and then {@link #passFractionError()} is 0
 * @param description     how it was chosen, for logs (e.g. {@code eff_B 1.00e-03: cut 2.68e-04})
 */
public record AcceptCut(double cut, double passFraction, long eventsBehind, double effectiveEvents,
                        String description) {

    public AcceptCut {
        if (!(passFraction >= 0.0 && passFraction <= 1.0)) {
            throw new IllegalArgumentException("pass fraction must be in [0, 1], got " + passFraction);
        }
    }

    /** Whether an event of this score is accepted (NaN never is, unless the cut is −∞). */
    public boolean accepts(double score) {
        return cut == Double.NEGATIVE_INFINITY || score > cut;
    }

    /** Binomial error of ε from the validation sample, √(ε(1−ε)/N_eff); 0 when N_eff is unknown. */
    public double passFractionError() {
        return effectiveEvents > 0.0 ? Math.sqrt(passFraction * (1.0 - passFraction) / effectiveEvents) : 0.0;
    }
}
