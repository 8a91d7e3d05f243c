package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.trainer.pipeline.ArchivePaths;
import org.adtrigger.trainer.study.StudyArchives;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The signal samples of the studies that score signals: the user's archives, or generated ones. */
final class SignalOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--signals", arity = "1..*", paramLabel = "ARCHIVE",
            description = "Signal archives (globs allowed); default: --signal-process generated into --work.")
    List<String> signals;

    @Option(names = "--signal-process", paramLabel = "PROCESSES",
            description = "Generator processes of the default signal (default: the study's, in its description).")
    String process;

    @Option(names = "--signal-events", paramLabel = "N",
            description = "Events of the generated signal (default: the study's, in its description).")
    Integer events;

    /** The user's archives, or {@code defaultProcess} generated (balanced mix, the study's seed) into --work. */
    List<Path> archives(StudyOptions study, String defaultProcess, int defaultEvents) throws IOException {
        if (signals != null) {
            return ArchivePaths.expand(signals);
        }
        int n = OptionValues.positive(spec, "--signal-events", events == null ? defaultEvents : events);
        return List.of(StudyArchives.generated(study.work.resolve("data"), process == null ? defaultProcess : process,
                n, study.seed, Mix.BALANCED));
    }
}
