package org.adtrigger.core.trigger;

/**
 * Observed accepts against the background expectation of a window. Each event i was judged by a cut of
 * background pass fraction ε_i known to ±σ_i from the validation sample ({@link AcceptCut#passFractionError()}).
 * The expectation is b = Σ ε_i; its error adds the Poisson fluctuation of the count, √b, and the card's
 * binomial error Σ σ_i (summed linearly: every event of a cut shares the same ε error), in quadrature:
 * σ = √(b + (Σσ_i)²). The pull is (observed − b)/σ, NaN when σ = 0.
 *
 * @param observed       events accepted
 * @param expected       b = Σ ε_i
 * @param cardError      Σ σ_i
 */
public record AcceptPull(long observed, double expected, double cardError) {

    /** σ = √(b + (Σσ_i)²). */
    public double error() {
        return Math.sqrt(expected + cardError * cardError);
    }

    public double pull() {
        double error = error();
        return error > 0.0 ? (observed - expected) / error : Double.NaN;
    }
}
