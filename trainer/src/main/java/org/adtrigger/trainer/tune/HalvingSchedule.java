package org.adtrigger.trainer.tune;

import java.util.ArrayList;
import java.util.List;

/**
 * The rungs of one successive-halving bracket (one bracket of Hyperband): rung k trains the best
 * ⌊n/ηᵏ⌋ configurations to r₀·ηᵏ epochs in total, until one configuration is left or the epoch budget
 * reaches {@code maxEpochs}; a lone survivor always gets the full {@code maxEpochs}.
 *
 * <p>The first budget r₀ = max(1, ⌊R/η^K⌋) with K = ⌊log_η n⌋ halvings, so that without the cap the bracket
 * would end near R epochs; with many configurations and few epochs r₀ is 1 and the cap ends it earlier.
 */
public record HalvingSchedule(List<Rung> rungs) {
    public HalvingSchedule {
        rungs = List.copyOf(rungs);
    }

    /**
     * @param trials configurations entering the first rung
     * @param eta    the factor by which the field shrinks and the budget grows between rungs (≥ 2)
     */
    public static HalvingSchedule plan(int trials, int eta, int maxEpochs) {
        if (trials < 1 || eta < 2 || maxEpochs < 1) {
            throw new IllegalArgumentException("need trials ≥ 1, eta ≥ 2 and max epochs ≥ 1; got " + trials
                    + ", " + eta + ", " + maxEpochs);
        }
        int halvings = 0;
        for (long n = trials; n >= eta; n /= eta) {
            halvings++;
        }
        long firstBudget = Math.max(1, maxEpochs / (long) Math.pow(eta, halvings));
        List<Rung> rungs = new ArrayList<>();
        long field = trials;
        long budget = firstBudget;
        while (true) {
            boolean last = field == 1 || budget >= maxEpochs;
            rungs.add(new Rung(rungs.size(), (int) field, last ? maxEpochs : (int) budget));
            if (last) {
                return new HalvingSchedule(rungs);
            }
            field = Math.max(1, field / eta);
            budget *= eta;
        }
    }

    /**
     * @param trials configurations trained in this rung
     * @param epochs total epochs each of them has been trained for at the end of the rung
     */
    public record Rung(int index, int trials, int epochs) {
    }
}
