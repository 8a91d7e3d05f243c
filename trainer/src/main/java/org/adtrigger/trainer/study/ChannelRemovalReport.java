package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The channel-removal study's report: the AUC table and a bar chart per process. */
public final class ChannelRemovalReport {
    static final String PLOT = "auc-per-process.png";

    private ChannelRemovalReport() {
    }

    public static StudyReport write(Path directory, StudyRun run, List<ChannelRemovalStudy.Row> rows,
                                    String architecture) throws IOException {
        Files.createDirectories(directory);
        StudyTable table = new StudyTable("process", "validation events", "Σw share", "AUC, in training",
                "AUC, removed", "Δ AUC", "AUC E_T^miss", "note");
        double[] included = new double[rows.size()];
        double[] removed = new double[rows.size()];
        double[] met = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            ChannelRemovalStudy.Row row = rows.get(i);
            included[i] = row.included() == null ? Double.NaN : row.included().auc();
            removed[i] = row.removed() == null ? Double.NaN : row.removed().auc();
            met[i] = row.metAuc();
            table.add(row.process(), Integer.toString(row.validationEvents()),
                    String.format(Locale.ROOT, "%.3g", row.weightShare()), StudyTable.fixed(included[i], 4),
                    StudyTable.fixed(removed[i], 4), StudyTable.fixed(removed[i] - included[i], 4),
                    StudyTable.fixed(met[i], 4), note(row));
        }
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("AE, process in training", included);
        series.put("AE, process removed", removed);
        series.put("E_T^miss alone", met);
        StudyPlots.bars(directory.resolve(PLOT), "channel removal: each SM process against the others",
                "process", "AUC", rows.stream().map(ChannelRemovalStudy.Row::process).toList(), series, 0.0);
        List<String> notes = List.of(String.format(Locale.ROOT, "For each SM process, a model (%s) trained on "
                + "every other process scores that process's validation events against the other processes' "
                + "validation events (\"AUC, removed\"); \"AUC, in training\" is the same comparison with the model "
                + "trained on all processes, and \"AUC E_T^miss\" with E_T^miss alone. AUCs are weighted with the "
                + "MC weights, so the rest is dominated by the processes with the largest cross sections. "
                + "\"limited\" marks rows with fewer than %.0f raw validation events of the process, or fewer than "
                + "%.0f effective events ((Σw)²/Σw²) in the rest.", architecture, ChannelRemovalStudy.LIMITED_BELOW,
                ChannelRemovalStudy.LIMITED_BELOW));
        StudyReport report = new StudyReport("channel-removal", "each SM process as an unknown anomaly", run,
                run.seconds(), notes, table, rows, List.of(PLOT));
        report.write(directory);
        return report;
    }

    private static String note(ChannelRemovalStudy.Row row) {
        if (row.validationEvents() == 0) {
            return "no validation event";
        }
        return row.limited() ? String.format(Locale.ROOT, "limited (rest: %.0f effective events)",
                row.restEffectiveEvents()) : "";
    }
}
