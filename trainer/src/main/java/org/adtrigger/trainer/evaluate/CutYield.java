package org.adtrigger.trainer.evaluate;

import org.adtrigger.core.stats.Significance;
import org.adtrigger.core.stats.WeightedCount;
import org.adtrigger.core.stats.WeightedSample;

/**
 * What a lower cut leaves: s and b (Σw and Σw² of the signal and background events strictly above it, in
 * expected events at the report's luminosity) and the significances of that counting experiment.
 *
 * @param cut    the cut (score or GeV); −∞ for no cut
 * @param signal s
 * @param background b
 * @param simple Z = s/√b with its Σw² error
 * @param asimov Z_A = √(2((s+b)·ln(1+s/b) − s)) with its Σw² error
 */
public record CutYield(double cut, WeightedCount signal, WeightedCount background, Significance simple,
                       Significance asimov) {

    public static CutYield of(WeightedSample signal, WeightedSample background, double cut) {
        WeightedCount s = signal.above(cut);
        WeightedCount b = background.above(cut);
        return new CutYield(cut, s, b, Significance.simple(s, b), Significance.asimov(s, b));
    }
}
