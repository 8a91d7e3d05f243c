package org.adtrigger.streams.window;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.trigger.CardCuts;

/**
 * What a window tally needs of the card of the model that scored an event: its background pass fraction
 * per tier level, and the effective size of its validation background, from which the card's error on an
 * accept expectation comes. Each scoring task tallies with its own model's, so windows stay right while a
 * new model rolls out across instances.
 *
 * @param validationSize effective size N_eff of the validation background; 0 when unknown (no card error)
 */
public record ModelExpectation(double[] tierPassFractions, double validationSize) {

    /** @throws IllegalArgumentException unless there is one pass fraction per tier level */
    public ModelExpectation {
        if (tierPassFractions.length != WindowTally.LEVELS) {
            throw new IllegalArgumentException("model card needs " + WindowTally.LEVELS
                    + " tier pass fractions (tier >= 0..3), has " + tierPassFractions.length);
        }
        tierPassFractions = tierPassFractions.clone();
    }

    public static ModelExpectation of(ModelCard card) {
        return new ModelExpectation(card.thresholds().tierPassFractions(), new CardCuts(card).validationSize());
    }

    /** The background fraction with tier ≥ level. */
    double tierPassFraction(int level) {
        return tierPassFractions[level];
    }

    /** Binomial error √(ε(1−ε)/N_eff) of a cut passing the fraction ε of the validation background. */
    double cardError(double eps) {
        return validationSize > 0.0 ? Math.sqrt(eps * (1.0 - eps) / validationSize) : 0.0;
    }
}
