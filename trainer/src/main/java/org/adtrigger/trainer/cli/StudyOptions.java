package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.trainer.api.TrainingRun;
import org.adtrigger.trainer.pipeline.ArchivePaths;
import org.adtrigger.trainer.study.CachingTrainer;
import org.adtrigger.trainer.study.StudyArchives;
import org.adtrigger.trainer.study.StudyReport;
import org.adtrigger.trainer.study.StudyRun;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options every study shares: where it works and writes, which background it uses (generated with a fixed
 * seed unless given), and how it trains its models (the {@code train} options, with smaller defaults).
 */
final class StudyOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--background", arity = "1..*", paramLabel = "ARCHIVE",
            description = "SM archives to study (globs allowed); default: generated into --work.")
    List<String> background;

    @Option(names = "--events", paramLabel = "N",
            description = "Events of the generated background (default: the study's, in its description).")
    Long events;

    @Option(names = "--work", defaultValue = "study-work", paramLabel = "DIR",
            description = "Generated archives, trained models and training logs; reused by later runs "
                    + "(default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--out", paramLabel = "DIR", description = "Report directory (default: study-out/<study>).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S",
            description = "Seed of the generated samples, the models' initial weights and the random subsets "
                    + "(default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--model", defaultValue = "ae-small", paramLabel = "ARCH",
            description = "Architecture, as train --model (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--epochs", paramLabel = "N", description = "Training epochs (default: the study's).")
    Integer epochs;

    @Option(names = "--preset", defaultValue = RmmLayout.DEFAULT_PRESET, paramLabel = "LAYOUT",
            description = "RMM layout, as train --preset (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--selection", defaultValue = "none", paramLabel = "PRESET",
            description = "Event selection, as train --selection (default: ${DEFAULT-VALUE}).")
    String selection;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "ND4J compute threads while training (default: ${DEFAULT-VALUE}).")
    int threads;

    /** The background archives: the user's, or {@code processes} generated with the study's defaults. */
    List<Path> background(String processes, long defaultEvents, Mix mix) throws IOException {
        if (background != null) {
            return ArchivePaths.expand(background);
        }
        long n = events == null ? defaultEvents : events;
        if (n <= 0) {
            throw new ParameterException(spec.commandLine(), "--events must be positive, got " + n);
        }
        return List.of(StudyArchives.generated(work.resolve("data"), processes, n, seed, mix));
    }

    /** The study's report directory. */
    Path out(String study) {
        return out != null ? out : Path.of("study-out", study);
    }

    /** Trains with the study's settings, logging to the work directory. */
    CachingTrainer trainer(int defaultEpochs, PrintWriter progress) {
        int n = OptionValues.positive(spec, "--epochs", epochs == null ? defaultEpochs : epochs);
        OptionValues.positive(spec, "--threads", threads);
        return new CachingTrainer(OptionValues.usage(spec, () -> RmmLayout.parse(preset)),
                OptionValues.usage(spec, () -> SelectionPreset.byId(selection)), n, seed, threads, progress);
    }

    /** Prints the report's table and where it went. */
    static void print(PrintWriter out, StudyReport report, Path directory) {
        out.print(report.table().text());
        out.printf(Locale.ROOT, "wrote %s and %s (+ %d plots) to %s in %.1f s%n", StudyReport.JSON,
                StudyReport.MARKDOWN, report.plots().size(), directory, report.seconds());
        out.flush();
    }

    /** The run's start, for the report. */
    StudyRun start() {
        return StudyRun.now(spec.commandLine().getParseResult().originalArgs(), TrainingRun.softwareVersion());
    }
}
