package org.adtrigger.trainer.tune;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the search learnt about one configuration: the validation loss at the end of each rung it was
 * trained in, and why it stopped if it failed.
 *
 * @param id the trial's position in the starting list, from 0; it also breaks ties between equal losses
 */
public record TrialRecord<C>(int id, C config, List<RungResult> rungs, Optional<String> failure) {
    public TrialRecord {
        rungs = List.copyOf(rungs);
    }

    TrialRecord<C> with(RungResult result) {
        List<RungResult> more = new ArrayList<>(rungs);
        more.add(result);
        return new TrialRecord<>(id, config, more, failure);
    }

    TrialRecord<C> failed(String reason) {
        return new TrialRecord<>(id, config, rungs, Optional.of(reason));
    }

    /** The loss it was last ranked by; +∞ for a failed trial, so that it ranks last. */
    public double loss() {
        return failure.isPresent() || rungs.isEmpty() ? Double.POSITIVE_INFINITY
                : rungs.get(rungs.size() - 1).validationLoss();
    }

    /** The furthest rung it reached, −1 before the first. */
    public int lastRung() {
        return rungs.isEmpty() ? -1 : rungs.get(rungs.size() - 1).rung();
    }

    /**
     * @param epochs  total epochs trained by the end of the rung
     * @param seconds wall time of this rung's training of this trial
     */
    public record RungResult(int rung, int epochs, double validationLoss, double seconds) {
    }
}
