package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.trainer.study.CachingTrainer;
import org.adtrigger.trainer.study.ContaminationReport;
import org.adtrigger.trainer.study.ContaminationStudy;
import org.adtrigger.trainer.study.StudyReport;
import org.adtrigger.trainer.study.StudyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code adtrigger study contamination}: signal mixed into the training background. */
@Command(name = "contamination", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Train one model per fraction on the background with that fraction of signal mixed in; "
                + "AUC and significance of independent signal events against the background's validation split.",
                "Default: 60000 generated SM events (sigma mix, equal weights), 20000 Z' (2 TeV) events; 4 epochs."})
final class ContaminationCommand implements Callable<Integer> {
    private static final long DEFAULT_EVENTS = 60_000;
    private static final int DEFAULT_EPOCHS = 4;

    @Spec
    CommandSpec spec;

    @Mixin
    StudyOptions options;

    @Option(names = "--fractions", split = ",", defaultValue = "0,0.001,0.01,0.05", paramLabel = "F",
            description = "Signal fractions of the training events (default: ${DEFAULT-VALUE}).")
    List<Double> fractions;

    @Mixin
    SignalOptions signalOptions;

    @Override
    public Integer call() throws IOException {
        StudyRun run = options.start();
        for (double f : fractions) {
            if (!(f >= 0 && f < 1)) {
                throw new ParameterException(spec.commandLine(), "--fractions must lie in [0, 1), got " + f);
            }
        }
        List<Path> background = options.background("sm", DEFAULT_EVENTS, Mix.SIGMA);
        List<Path> signalArchives = signalOptions.archives(options, "zprime2000", 20000);
        CachingTrainer trainer = options.trainer(DEFAULT_EPOCHS, spec.commandLine().getErr());
        List<ContaminationStudy.Row> rows = ContaminationStudy.run(background, signalArchives, fractions,
                options.work.resolve("contamination"), trainer, options.model);
        Path out = options.out("contamination");
        StudyReport report = ContaminationReport.write(out, run, rows,
                signalArchives.stream().map(Path::toString).toList());
        StudyOptions.print(spec.commandLine().getOut(), report, out);
        return 0;
    }
}
