package org.adtrigger.trainer.thresholds;

import java.util.List;
import org.adtrigger.core.model.ModelCard;

/**
 * Thresholds for the model card and what could not be placed reliably.
 *
 * @param thresholds       tiers, pass fractions and working points, as the card stores them
 * @param tailPointIncluded whether the ε_B = 1e-5 point had enough background above its cut to be stored
 * @param warnings         one line per point with too few background events above its cut, or left out
 */
public record CardThresholds(ModelCard.Thresholds thresholds, boolean tailPointIncluded, List<String> warnings) {
    public CardThresholds {
        warnings = List.copyOf(warnings);
    }
}
