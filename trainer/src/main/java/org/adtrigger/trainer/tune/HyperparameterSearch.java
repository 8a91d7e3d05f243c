package org.adtrigger.trainer.tune;

import java.util.List;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.pipeline.RmmBatchSource;
import org.adtrigger.trainer.preprocess.CellStatistics;

/**
 * Successive halving over real models: drops SIGNAL events from both splits ({@link BackgroundOnly}), makes
 * one statistics pass over the background training split for every trial, then trains and ranks the
 * configurations by weighted background validation loss.
 */
public final class HyperparameterSearch {
    private final Settings settings;
    private final SuccessiveHalving.Listener<TrialConfig> listener;

    public HyperparameterSearch(Settings settings, SuccessiveHalving.Listener<TrialConfig> listener) {
        this.settings = settings;
        this.listener = listener;
    }

    public Result run(List<TrialConfig> configs, RmmBatchSource training, RmmBatchSource validation) {
        BackgroundOnly trainingBackground = new BackgroundOnly(training::labelledBatches);
        BackgroundOnly validationBackground = new BackgroundOnly(validation::labelledBatches);
        CellStatistics statistics = CellStatistics.collect(trainingBackground);
        if (statistics.events() == 0) {
            throw new IllegalStateException("no background event of the training split passed the selection");
        }
        HalvingSchedule schedule = HalvingSchedule.plan(configs.size(), settings.eta(), settings.maxEpochs());
        ModelCandidates candidates = new ModelCandidates(statistics, settings.objective(), settings.seed(),
                new ModelCandidate.Settings(trainingBackground, validationBackground, settings.patience(),
                        settings.minRelativeImprovement(), settings.seed()));
        List<TrialRecord<TrialConfig>> ranking = new SuccessiveHalving<>(schedule, candidates, listener).run(configs);
        return new Result(schedule, ranking, statistics.events(), trainingBackground.signalEventsDropped(),
                validationBackground.signalEventsDropped());
    }

    /**
     * @param patience               epochs without improvement that end a trial's rung early
     * @param minRelativeImprovement as in the trainer's early stopping
     * @param seed                   initial weights of every trial (and the VAE noise)
     */
    public record Settings(int eta, int maxEpochs, int patience, double minRelativeImprovement, long seed,
                           Objective objective) {
    }

    /**
     * @param ranking          every trial, best first
     * @param trainingEvents   background training events per epoch
     * @param signalTraining   SIGNAL events left out of the training split (per pass)
     * @param signalValidation SIGNAL events left out of the validation split (per pass)
     */
    public record Result(HalvingSchedule schedule, List<TrialRecord<TrialConfig>> ranking,
                         long trainingEvents, long signalTraining,
                         long signalValidation) {
        public Result {
            ranking = List.copyOf(ranking);
        }

        public TrialRecord<TrialConfig> best() {
            return ranking.get(0);
        }
    }
}
