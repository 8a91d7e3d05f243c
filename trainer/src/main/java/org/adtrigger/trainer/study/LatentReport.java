package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The latent study's report: the scree, validation loss and signal AUCs against the latent size. */
public final class LatentReport {
    static final String SCREE_PLOT = "scree.png";
    static final String LOSS_PLOT = "validation-loss.png";
    static final String AUC_PLOT = "auc.png";

    private LatentReport() {
    }

    public static StudyReport write(Path directory, StudyRun run, LatentStudy.Result result) throws IOException {
        Files.createDirectories(directory);
        List<LatentStudy.Row> rows = result.rows();
        List<String> samples = rows.get(0).signals().stream().map(LatentStudy.SignalAuc::sample).toList();
        List<String> header = new ArrayList<>(List.of("latent size", "validation loss", "loss / best"));
        samples.forEach(s -> header.add("AUC " + s));
        header.add("choice");
        StudyTable table = new StudyTable(header.toArray(String[]::new));
        double best = rows.stream().mapToDouble(LatentStudy.Row::validationLoss).min().orElseThrow();
        double[] latent = rows.stream().mapToDouble(LatentStudy.Row::latent).toArray();
        double[] loss = rows.stream().mapToDouble(LatentStudy.Row::validationLoss).toArray();
        Map<String, double[]> aucs = new LinkedHashMap<>();
        samples.forEach(s -> aucs.put(s, new double[rows.size()]));
        for (int i = 0; i < rows.size(); i++) {
            LatentStudy.Row row = rows.get(i);
            List<String> cells = new ArrayList<>(List.of(Integer.toString(row.latent()),
                    String.format(Locale.ROOT, "%.4g", row.validationLoss()),
                    StudyTable.fixed(row.validationLoss() / best, 3)));
            for (LatentStudy.SignalAuc auc : row.signals()) {
                cells.add(StudyTable.fixed(auc.auc(), 4));
                aucs.get(auc.sample())[i] = auc.auc();
            }
            cells.add(row.latent() == result.chosen() ? "chosen" : "");
            table.add(cells.toArray(String[]::new));
        }

        double[] ratios = result.explainedVarianceRatios();
        double[] index = new double[ratios.length];
        double[] cumulative = new double[ratios.length];
        double sum = 0;
        for (int k = 0; k < ratios.length; k++) {
            index[k] = k + 1;
            sum += ratios[k];
            cumulative[k] = 1 - Math.min(sum, 1);
        }
        Map<String, double[]> scree = new LinkedHashMap<>();
        scree.put("explained variance ratio", floor(ratios));
        scree.put("variance left out by the first k axes", floor(cumulative));
        StudyPlots.versusSetting(directory.resolve(SCREE_PLOT), "PCA of the background (scaled kept RMM cells)",
                "principal axis k", "fraction of the variance", index, scree, false, true);
        StudyPlots.versusSetting(directory.resolve(LOSS_PLOT), "autoencoder validation loss (background)",
                "latent size", "weighted validation loss", latent, Map.of("validation loss", loss), true, true);
        StudyPlots.versusSetting(directory.resolve(AUC_PLOT), "signal AUC (for information: not used to choose)",
                "latent size", "AUC", latent, aucs, true, false);

        int[] k = result.componentsFor();
        List<String> notes = List.of(String.format(Locale.ROOT, "PCA of the background's training split (the "
                        + "autoencoders' input: kept cells, min-max scaled, MC-weighted): %d axes; %d of them hold 90 %% "
                        + "of the variance, %d hold 99 %%, %d hold 99.9 %%.", ratios.length, k[0], k[1], k[2]),
                String.format(Locale.ROOT, "One autoencoder input-d-input per latent size d, trained on the "
                        + "background. The size is chosen from the background alone: the smallest d whose "
                        + "validation loss is within %.0f %% of the best (here d = %d). The signal AUCs (every "
                        + "signal event against the background's validation split, weighted) are shown for "
                        + "information only.", 100 * result.tolerance(), result.chosen()));
        StudyReport report = new StudyReport("latent", "latent size from the background", run, run.seconds(),
                notes, table, result, List.of(SCREE_PLOT, LOSS_PLOT, AUC_PLOT));
        report.write(directory);
        return report;
    }

    /** Zeros replaced by a tiny positive number: a logarithmic axis cannot draw them. */
    private static double[] floor(double[] values) {
        double[] floored = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            floored[i] = Math.max(values[i], 1e-12);
        }
        return floored;
    }
}
