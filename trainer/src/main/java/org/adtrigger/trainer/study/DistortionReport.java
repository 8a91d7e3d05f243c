package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adtrigger.core.stats.WeightedSample;
import org.adtrigger.trainer.evaluate.Discriminant;
import org.adtrigger.trainer.evaluate.RocSummary;
import org.adtrigger.trainer.evaluate.ScoreHistogramPlot;

/**
 * The report of a synthetic-anomaly study: AUC against the setting, the ROC curves, the score distributions
 * (background stacked by process, each distorted sample overlaid, the card's tier cuts) and the table.
 */
public final class DistortionReport {
    static final String AUC_PLOT = "auc.png";
    static final String ROC_PLOT = "roc.png";

    private DistortionReport() {
    }

    /** One setting in results.json. */
    public record SettingResult(String label, double setting, long drawn, long distortedEvents,
                                double medianScoreRatio, RocSummary autoencoder) {
    }

    /** The study's part of results.json. */
    public record Results(int backgroundEvents, double backgroundMedianScore, List<SettingResult> settings) {
    }

    /**
     * @param settingName what the setting is, for the table and the x axis (e.g. "pT factor")
     * @param tierCuts    the model card's tier cuts, drawn on the score plot
     */
    public static StudyReport write(Path directory, String study, String title, String settingName, StudyRun run,
                                    List<String> notes, DistortionStudy.Result result, double[] tierCuts)
            throws IOException {
        Files.createDirectories(directory);
        List<DistortionStudy.Row> rows = result.rows();
        double[] x = rows.stream().mapToDouble(DistortionStudy.Row::setting).toArray();
        double[] auc = rows.stream().mapToDouble(r -> r.roc().auc()).toArray();
        StudyPlots.versusSetting(directory.resolve(AUC_PLOT), study + ": AUC of the distorted events",
                settingName, "AUC (distorted vs undistorted)", x, Map.of("autoencoder", auc), false, false);
        StudyPlots.rocCurves(directory.resolve(ROC_PLOT), study + ": distorted vs undistorted validation events",
                rows.stream().map(DistortionStudy.Row::label).toList(),
                rows.stream().map(DistortionStudy.Row::roc).toList());
        ScoreHistogramPlot.write(directory.resolve(ScoreHistogramPlot.FILE), result.background(), result.signals(),
                tierCuts);

        double backgroundMedian = result.background().sample(Discriminant.AE_SCORE).median();
        StudyTable table = new StudyTable(settingName, "drawn", "distorted", "AUC", "ε_S at ε_B=1e-2",
                "ε_S at ε_B=1e-3", "median score / background's");
        List<SettingResult> json = new ArrayList<>();
        for (DistortionStudy.Row row : rows) {
            WeightedSample scores = result.signals().ofSample(row.label()).sample(Discriminant.AE_SCORE);
            double medianRatio = scores.median() / backgroundMedian;
            table.add(row.label(), Long.toString(row.drawn()), Long.toString(row.events()),
                    StudyTable.fixed(row.roc().auc(), 4), StudyTable.fixed(row.roc().signalEfficiencyAt(1e-2), 3),
                    StudyTable.fixed(row.roc().signalEfficiencyAt(1e-3), 3), StudyTable.fixed(medianRatio, 3));
            json.add(new SettingResult(row.label(), row.setting(), row.drawn(), row.events(), medianRatio, row.roc()));
        }
        List<String> allNotes = new ArrayList<>(notes);
        allNotes.add(String.format(Locale.ROOT, "Background: %d undistorted validation events (median score %.4g). "
                + "AUC and ε_S are weighted with the MC weights; ε_S at ε_B = 1e-3 rests on the background's "
                + "top 0.1 %%.", result.background().size(), backgroundMedian));
        StudyReport report = new StudyReport(study, title, run, run.seconds(), allNotes, table,
                new Results(result.background().size(), backgroundMedian, json),
                List.of(AUC_PLOT, ROC_PLOT, ScoreHistogramPlot.FILE));
        report.write(directory);
        return report;
    }
}
