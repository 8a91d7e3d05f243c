package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.core.stats.BumpHunter;
import org.adtrigger.plots.ReportFormat;
import org.adtrigger.scoring.BatchScorer;
import org.adtrigger.scoring.onnx.OnnxModel;
import org.adtrigger.scoring.onnx.ScorerSettings;
import org.adtrigger.trainer.api.ArchiveDigest;
import org.adtrigger.trainer.api.EventProgressBar;
import org.adtrigger.trainer.compare.CompareReport;
import org.adtrigger.trainer.compare.DataMcComparison;
import org.adtrigger.trainer.compare.EventTable;
import org.adtrigger.trainer.compare.Observable;
import org.adtrigger.trainer.compare.Region;
import org.adtrigger.trainer.compare.RegionResult;
import org.adtrigger.trainer.compare.Spectrum;
import org.adtrigger.trainer.evaluate.EventScoring;
import org.adtrigger.trainer.pipeline.ArchivePaths;
import org.adtrigger.trainer.pipeline.Split;
import org.adtrigger.trainer.pipeline.SplitAssignment;
import org.adtrigger.trainer.pipeline.SplitEventIterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code adtrigger compare}: recorded data against the MC expectation, through a trained model: every
 * region (whole selection, tiers, working points) gets observed vs expected with Z_Bi, CLs limits on the
 * visible cross-section, ADFilter's cross-section, data/MC plots of the score and the kinematics, and a
 * BumpHunter scan of the invariant masses.
 */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Compare data with the MC expectation in the model's anomaly regions: stacked MC with its "
                + "stat. band, data with Poisson errors, ratio panels, chi2/ndf, observed-vs-expected Z_Bi, CLs limits "
                + "on the visible cross-section, ADFilter's cross-section and a BumpHunter scan of m_ll, m_jj, m_all."})
final class CompareCommand implements Callable<Integer> {
    private static final double PB_PER_FB = 1000;

    @Spec
    CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "FILE", description = "ONNX model with its card.")
    Path model;

    @Option(names = "--mc", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "SM Monte Carlo archives (globs allowed); an archive the model was trained on "
                    + "contributes its validation split only, scaled up by 1/(split share).")
    List<String> mc;

    @Option(names = "--data", required = true, arity = "1..*", paramLabel = "ARCHIVE",
            description = "Data archives (globs allowed): every event counts once, whatever its weight.")
    List<String> data;

    @Option(names = "--lumi", required = true, paramLabel = "FB-1",
            description = "Integrated luminosity of the data, fb^-1: the MC is scaled to it.")
    double luminosityFb;

    @Option(names = "--mc-lumi", paramLabel = "FB-1",
            description = "Luminosity the MC weights are normalised to, fb^-1 (default: the model card's, i.e. "
                    + "that of the training archives).")
    Double mcLuminosityFb;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Report directory.")
    Path out;

    @Option(names = "--toys", defaultValue = "10000", paramLabel = "N",
            description = "Background-only pseudo-experiments per bump hunt (default: ${DEFAULT-VALUE}).")
    int toys;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the pseudo-experiments (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--max-width", defaultValue = "6", paramLabel = "BINS",
            description = "Widest bump-hunt window, in bins (default: ${DEFAULT-VALUE}; mass bins are 50 GeV).")
    int maxWidth;

    @Mixin
    ScoringOptions scorerOptions;

    @Override
    public Integer call() throws IOException {
        ScorerSettings settings = scorerOptions.settings(spec);
        OptionValues.positive(spec, "--lumi", luminosityFb);
        OptionValues.positive(spec, "--toys", toys);
        OptionValues.positive(spec, "--max-width", maxWidth);
        List<Path> mcFiles = ArchivePaths.expand(mc);
        List<Path> dataFiles = ArchivePaths.expand(data);
        PrintWriter stdout = spec.commandLine().getOut();
        try (OnnxModel onnx = OnnxModel.load(model, settings)) {
            ModelCard card = onnx.card();
            double mcLumiPb = mcLuminosityPb(card);
            SplitAssignment split = new SplitAssignment(SplitAssignment.DEFAULT_VALIDATION_FRACTION);
            SelectionPreset selection = SelectionPreset.byId(card.selection());
            Set<String> trained = new HashSet<>();
            if (card.provenance() != null) {
                card.provenance().archives().forEach(a -> trained.add(a.sha256()));
            }
            EventTable mcTable = new EventTable();
            EventTable dataTable = new EventTable();
            List<String> mcNotes = new ArrayList<>();
            ProgressBar bar = scorerOptions.showProgress() ? EventProgressBar.start("scoring", -1) : null;
            try (BatchScorer scorer = onnx.newScorer(scorerOptions.batch)) {
                EventScoring scoring = new EventScoring(scorer, card.features().newRmmBuilder(), Observable::kinematics,
                        Observable.kinematicCount());
                long[] offset = {0};
                for (Path file : mcFiles) {
                    boolean usedInTraining = trained.contains(ArchiveDigest.sha256(file));
                    double factor = luminosityFb * PB_PER_FB / mcLumiPb;
                    SplitEventIterator events = usedInTraining
                            ? SplitEventIterator.of(List.of(file), selection.newSelector(), split, Split.VALIDATION)
                            : SplitEventIterator.all(List.of(file), selection.newSelector());
                    if (usedInTraining) {
                        factor /= split.validationFraction();
                        mcNotes.add(file.getFileName() + ": used in training, validation split only");
                    }
                    score(scoring, events, factor, false, mcTable, bar, offset);
                }
                for (Path file : dataFiles) {
                    score(scoring, SplitEventIterator.all(List.of(file), selection.newSelector()), 1.0, true, dataTable,
                            bar, offset);
                }
            } finally {
                if (bar != null) {
                    bar.close();
                }
            }
            if (dataTable.size() == 0 || mcTable.size() == 0) {
                throw new IllegalArgumentException("nothing to compare: " + dataTable.size() + " data and "
                        + mcTable.size() + " MC events passed the selection '" + card.selection() + "'");
            }
            List<Region> regions = Region.of(card).stream().filter(r -> !Double.isNaN(r.cut())).toList();
            long hunts = DataMcComparison.bumpHunts(regions);
            ProgressBar toyBar = scorerOptions.showProgress() ? EventProgressBar.start("pseudo-experiments", hunts * toys, " toys") : null;
            List<RegionResult> results;
            try {
                results = DataMcComparison.analyse(mcTable, dataTable, regions,
                        new DataMcComparison.Settings(luminosityFb, toys, seed, maxWidth),
                        n -> {
                            if (toyBar != null) {
                                toyBar.stepTo(n);
                            }
                        });
            } finally {
                if (toyBar != null) {
                    toyBar.close();
                }
            }
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("model", model.toString());
            provenance.put("modelId", card.modelId());
            provenance.put("mc", mcFiles.stream().map(Path::toString).toList());
            provenance.put("mcNotes", mcNotes);
            provenance.put("mcLuminosityPb", mcLumiPb);
            provenance.put("data", dataFiles.stream().map(Path::toString).toList());
            provenance.put("mcEvents", mcTable.size());
            provenance.put("dataEvents", dataTable.size());
            provenance.put("pseudoExperiments", toys);
            provenance.put("seed", seed);
            provenance.put("maxWidthBins", maxWidth);
            provenance.put("command", spec.commandLine().getParseResult().originalArgs());
            List<Path> written = CompareReport.write(out, provenance, results, luminosityFb);
            summarize(stdout, results, written, luminosityFb);
        }
        return 0;
    }

    private double mcLuminosityPb(ModelCard card) {
        if (mcLuminosityFb != null) {
            return OptionValues.positive(spec, "--mc-lumi", mcLuminosityFb) * PB_PER_FB;
        }
        if (card.provenance() == null || !(card.provenance().luminosityPb() > 0)) {
            throw new ParameterException(spec.commandLine(), "the model card does not say which luminosity the "
                    + "MC weights are normalised to: give --mc-lumi");
        }
        return card.provenance().luminosityPb();
    }

    private static void score(EventScoring scoring, SplitEventIterator events, double weightFactor, boolean isData,
                              EventTable table, ProgressBar bar, long[] offset) throws IOException {
        long base = offset[0];
        long[] seen = {0};
        try (events) {
            scoring.scoreAll(events, weightFactor, (sample, weight, score, kinematics) ->
                            table.add(isData ? "data" : sample, isData ? 1.0 : weight, score, kinematics),
                    done -> {
                        seen[0] = done;
                        if (bar != null) {
                            bar.stepTo(base + done);
                        }
                    });
        }
        offset[0] = base + seen[0];
    }

    private static void summarize(PrintWriter out, List<RegionResult> results, List<Path> written, double lumiFb) {
        String warning = CompareReport.normalisationWarning(results.get(0));
        if (warning != null) {
            out.println(warning);
        }
        out.printf(Locale.ROOT, "%-18s %9s %20s %8s %12s %12s%n", "region", "observed", "expected", "Z_Bi",
                "σ95 obs[fb]", "σ95 exp[fb]");
        for (RegionResult r : results) {
            out.printf(Locale.ROOT, "%-18s %9d %12.4g ± %-6.2g %8s %12s %12s%n", r.region().label(),
                    r.significance().observed(), r.significance().expected().sumW(),
                    r.significance().expected().error(), CompareReport.formatZ(r.significance()),
                    r.limits() == null ? "-" : String.format(Locale.ROOT, "%.4g", r.limits().observed() / lumiFb),
                    r.limits() == null ? "-" : String.format(Locale.ROOT, "%.4g", r.limits().expectedMedian() / lumiFb));
        }
        for (RegionResult r : results) {
            for (Spectrum s : r.spectra()) {
                BumpHunter.Result b = s.bump();
                if (b != null && b.window().isExcess()) {
                    out.printf(Locale.ROOT, "bump %-18s %-5s [%5.0f, %5.0f] GeV  observed %.0f expected %.3g  "
                                    + "local %sσ  global p %.3g, %s%sσ%n", r.region().label(), s.observable().id(),
                            s.bumpLow(), s.bumpHigh(), b.window().observed(), b.window().expected(),
                            ReportFormat.sigma(b.window().localSignificance()), b.globalP(),
                            b.isBound() ? ">" : "", ReportFormat.sigma(b.globalSignificance()));
                }
            }
        }
        out.printf(Locale.ROOT, "wrote %d files to %s%n", written.size(), written.get(0).getParent());
        out.flush();
    }

}
