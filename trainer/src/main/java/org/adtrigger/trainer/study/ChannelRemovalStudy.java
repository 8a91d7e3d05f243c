package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.adtrigger.core.stats.WeightedCount;
import org.adtrigger.trainer.evaluate.Discriminant;
import org.adtrigger.trainer.evaluate.RocSummary;
import org.adtrigger.trainer.evaluate.ScoredEvents;

/**
 * For each background process: a model trained on every other process scores that process's validation
 * events against the others' (an unknown SM process playing the anomaly), next to the model trained on all
 * processes (the same process, known) and to E_T^miss alone. The background is split by sample name; every
 * model is scored on the same validation events.
 */
public final class ChannelRemovalStudy {
    /** Below this many raw events, or effective events (Σw)²/Σw², a row is statistically limited. */
    public static final double LIMITED_BELOW = 100;

    private ChannelRemovalStudy() {
    }

    /**
     * One process.
     *
     * @param process          the sample name
     * @param validationEvents its selected validation events (raw)
     * @param weightShare      its share of the background's Σw (all events, before selection)
     * @param restEffectiveEvents (Σw)²/Σw² of the other processes' validation events: how many equal-weight
     *                         events the weighted rest is worth
     * @param included         AE ROC figures, model trained on all processes
     * @param removed          AE ROC figures, model trained without this process
     * @param metAuc           AUC of E_T^miss alone, this process against the rest
     * @param limited          whether the row rests on too few events to read much into
     */
    public record Row(String process, int validationEvents, double weightShare, double restEffectiveEvents,
                      RocSummary included, RocSummary removed, double metAuc, boolean limited) {
    }

    public static List<Row> run(List<Path> background, Path work, ModelTrainer trainer, String architecture)
            throws IOException {
        Map<String, Path> processes = StudyArchives.bySample(background, work.resolve("by-process"));
        if (processes.size() < 2) {
            throw new IllegalArgumentException("channel removal needs at least two background samples, "
                    + background + " hold " + processes.keySet());
        }
        List<Path> all = List.copyOf(processes.values());
        double totalWeight = StudyArchives.totals(all).sumW();
        ScoredEvents withAll = scored(trainer.train(work.resolve("all-processes.onnx"), all, architecture), all);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Path> process : processes.entrySet()) {
            String name = process.getKey();
            List<Path> others = new ArrayList<>(all);
            others.remove(process.getValue());
            Path onnx = trainer.train(work.resolve("without-" + process.getValue().getFileName()
                    .toString().replaceFirst("\\.avro$", "") + ".onnx"), others, architecture);
            ScoredEvents withoutIt = scored(onnx, all);
            ScoredEvents alone = withAll.ofSample(name);
            WeightedCount rest = withAll.without(name).sample(Discriminant.AE_SCORE).total();
            double restEffective = rest.effectiveEntries();
            double share = StudyArchives.totals(List.of(process.getValue())).sumW() / totalWeight;
            if (alone.size() == 0) {
                rows.add(new Row(name, 0, share, restEffective, null, null, Double.NaN, true));
                continue;
            }
            rows.add(new Row(name, alone.size(), share, restEffective, roc(withAll, name, Discriminant.AE_SCORE),
                    roc(withoutIt, name, Discriminant.AE_SCORE), roc(withAll, name, Discriminant.MET).auc(),
                    alone.size() < LIMITED_BELOW || restEffective < LIMITED_BELOW));
        }
        return rows;
    }

    private static ScoredEvents scored(Path onnx, List<Path> archives) throws IOException {
        try (StudyModel model = StudyModel.load(onnx)) {
            return model.scoreValidation(archives);
        }
    }

    private static RocSummary roc(ScoredEvents events, String process, Discriminant d) {
        return RocSummary.of(events.ofSample(process).sample(d), events.without(process).sample(d));
    }
}
