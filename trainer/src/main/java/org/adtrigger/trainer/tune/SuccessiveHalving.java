package org.adtrigger.trainer.tune;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Runs a {@link HalvingSchedule}: trains every configuration of a rung to the rung's budget, ranks them by
 * validation loss and promotes the best ⌊n/η⌋ to the next rung, where they continue from their state.
 * Configurations are trained in trial order and ranked by (furthest rung, loss, trial id), so the outcome
 * depends only on the losses and ties go to the earlier trial.
 */
public final class SuccessiveHalving<C> {
    private final HalvingSchedule schedule;
    private final Candidate.Factory<C> factory;
    private final Listener<C> listener;

    public SuccessiveHalving(HalvingSchedule schedule, Candidate.Factory<C> factory, Listener<C> listener) {
        this.schedule = schedule;
        this.factory = factory;
        this.listener = listener;
    }

    /** Every trial's record, best first. */
    public List<TrialRecord<C>> run(List<C> configs) {
        if (configs.size() != schedule.rungs().get(0).trials()) {
            throw new IllegalArgumentException("the schedule starts with " + schedule.rungs().get(0).trials()
                    + " trials, not " + configs.size());
        }
        List<TrialRecord<C>> records = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            records.add(new TrialRecord<>(i, configs.get(i), List.of(), Optional.empty()));
            candidates.add(null);
        }
        List<Integer> field = new ArrayList<>(records.stream().map(TrialRecord::id).toList());
        for (HalvingSchedule.Rung rung : schedule.rungs()) {
            field = field.subList(0, Math.min(rung.trials(), field.size()));
            for (int id : field) {
                if (candidates.get(id) == null) {
                    candidates.set(id, factory.create(configs.get(id)));
                }
                records.set(id, train(records.get(id), candidates.get(id), rung));
                listener.onTrial(rung, records.get(id));
            }
            field = ranked(field.stream().map(records::get).toList()).stream()
                    .filter(r -> r.failure().isEmpty()).map(TrialRecord::id).toList();
            for (int id = 0; id < candidates.size(); id++) {
                if (!field.contains(id)) {
                    candidates.set(id, null);  // eliminated: let its model go
                }
            }
        }
        return ranked(records);
    }

    private TrialRecord<C> train(TrialRecord<C> record, Candidate candidate, HalvingSchedule.Rung rung) {
        long start = System.nanoTime();
        try {
            double loss = candidate.trainTo(rung.epochs());
            if (Double.isNaN(loss)) {
                return record.failed("validation loss is NaN");
            }
            return record.with(new TrialRecord.RungResult(rung.index(), rung.epochs(), loss,
                    (System.nanoTime() - start) / 1e9));
        } catch (Candidate.TrialFailedException e) {
            return record.failed(e.getMessage());
        }
    }

    /** Further rungs first, then lower loss, then lower trial id. */
    static <C> List<TrialRecord<C>> ranked(List<TrialRecord<C>> records) {
        return records.stream().sorted(Comparator.<TrialRecord<C>>comparingInt(r -> -r.lastRung())
                .thenComparingDouble(TrialRecord::loss).thenComparingInt(TrialRecord::id)).toList();
    }

    /** Hears about each trial as soon as a rung has trained it. */
    @FunctionalInterface
    public interface Listener<C> {
        void onTrial(HalvingSchedule.Rung rung, TrialRecord<C> record);
    }
}
