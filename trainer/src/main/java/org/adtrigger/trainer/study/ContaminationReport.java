package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.adtrigger.core.stats.Significance;

/** The contamination study's report: AUC, ε_S and Z per fraction, with bar charts and the ROC curves. */
public final class ContaminationReport {
    static final String AUC_PLOT = "auc.png";
    static final String Z_PLOT = "z.png";
    static final String ROC_PLOT = "roc.png";

    private ContaminationReport() {
    }

    public static StudyReport write(Path directory, StudyRun run, List<ContaminationStudy.Row> rows,
                                    List<String> signalArchives) throws IOException {
        Files.createDirectories(directory);
        StudyTable table = new StudyTable("fraction", "signal events mixed", "validation loss", "AUC",
                "ε_S at ε_B=1e-3", "s", "b", "Z = s/√b", "Asimov Z", "Asimov Z, tier 3");
        List<String> labels = rows.stream().map(r -> "f = " + r.fraction()).toList();
        double[] auc = new double[rows.size()];
        double[] z = new double[rows.size()];
        double[] zTier = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ContaminationStudy.Row row = rows.get(i);
            auc[i] = row.autoencoder().auc();
            z[i] = row.workingPoint().asimov().z();
            zTier[i] = row.tier3().asimov().z();
            table.add(Double.toString(row.fraction()), Long.toString(row.signalEventsMixed()),
                    String.format(Locale.ROOT, "%.4g", row.validationLoss()), StudyTable.fixed(auc[i], 4),
                    StudyTable.fixed(row.autoencoder().signalEfficiencyAt(ContaminationStudy.WORKING_POINT), 3),
                    String.format(Locale.ROOT, "%.1f", row.workingPoint().signal().sumW()),
                    String.format(Locale.ROOT, "%.4g", row.workingPoint().background().sumW()),
                    z(row.workingPoint().simple()), z(row.workingPoint().asimov()), z(row.tier3().asimov()));
        }
        StudyPlots.bars(directory.resolve(AUC_PLOT), "contamination: AUC of the signal", "signal fraction in training",
                "AUC", labels, Map.of("autoencoder", auc), null);
        Map<String, double[]> zs = new LinkedHashMap<>();
        zs.put("Asimov Z at ε_B = 1e-3", z);
        zs.put("Asimov Z above tier 3", zTier);
        StudyPlots.bars(directory.resolve(Z_PLOT), "contamination: significance of the signal",
                "signal fraction in training", "Asimov Z", labels, zs, 0.0);
        StudyPlots.rocCurves(directory.resolve(ROC_PLOT), "contamination: signal vs SM background", labels,
                rows.stream().map(ContaminationStudy.Row::autoencoder).toList());
        List<String> notes = List.of(String.format(Locale.ROOT, "Signal: %s. Each model trains on the background "
                + "plus signal events making the stated fraction of the training events and of their Σw (each "
                + "added event weighs an average background event; labelled UNKNOWN, like data, so they also "
                + "enter the thresholds). The signal events are dealt alternately into a pool the contaminants "
                + "come from and an evaluation half no model sees, weighted up to the whole sample's yield. AUC "
                + "and ε_S: evaluation signal against the background's validation split, weighted. s, b and Z "
                + "at the score cut leaving ε_B = 1e-3, in expected events at the luminosity the weights are "
                + "normalised to, with the signal at its own cross section; the last column above each model's "
                + "tier-3 cut.", String.join(", ", signalArchives)));
        StudyReport report = new StudyReport("contamination", "signal mixed into the training background", run,
                run.seconds(), notes, table, rows, List.of(AUC_PLOT, Z_PLOT, ROC_PLOT));
        report.write(directory);
        return report;
    }

    private static String z(Significance s) {
        return s.isDefined() ? String.format(Locale.ROOT, "%.3f ± %.3f", s.z(), s.error()) : "–";
    }
}
