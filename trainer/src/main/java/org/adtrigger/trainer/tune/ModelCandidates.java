package org.adtrigger.trainer.tune;

import java.util.EnumMap;
import java.util.Map;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.preprocess.CellStatistics;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * Builds the model of each trial. The cell statistics hold everything every scaler needs (min, max, mean,
 * spread), so one pass over the training split serves all trials; each scaler's preprocessor is made once.
 * Every trial starts from the same weight seed, so architectures are compared on equal terms.
 */
final class ModelCandidates implements Candidate.Factory<TrialConfig> {
    private final CellStatistics statistics;
    private final Objective objective;
    private final long seed;
    private final ModelCandidate.Settings settings;
    private final Map<Scaling, Preprocessor> preprocessors = new EnumMap<>(Scaling.class);

    ModelCandidates(CellStatistics statistics, Objective objective, long seed, ModelCandidate.Settings settings) {
        this.statistics = statistics;
        this.objective = objective;
        this.seed = seed;
        this.settings = settings;
    }

    @Override
    public Candidate create(TrialConfig config) {
        Preprocessor preprocessor = preprocessors.computeIfAbsent(config.scaling(), statistics::preprocessor);
        return new ModelCandidate(AnomalyModel.create(config.architecture(), preprocessor, objective, seed),
                config.learningRate(), settings);
    }
}
