package org.adtrigger.trainer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.trainer.study.CachingTrainer;
import org.adtrigger.trainer.study.ChannelRemovalReport;
import org.adtrigger.trainer.study.ChannelRemovalStudy;
import org.adtrigger.trainer.study.StudyReport;
import org.adtrigger.trainer.study.StudyRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code adtrigger study channel-removal}: each SM process left out of training and scored as the anomaly. */
@Command(name = "channel-removal", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"For each background process (sample name), train without it and score its validation "
                + "events against the other processes'; compared with the model trained on all of them.",
                "Default background: 40000 generated SM events (balanced mix: every process has thousands); 3 epochs."})
final class ChannelRemovalCommand implements Callable<Integer> {
    private static final long DEFAULT_EVENTS = 40_000;
    private static final int DEFAULT_EPOCHS = 3;

    @Spec
    CommandSpec spec;

    @Mixin
    StudyOptions options;

    @Override
    public Integer call() throws IOException {
        StudyRun run = options.start();
        List<Path> background = options.background("sm", DEFAULT_EVENTS, Mix.BALANCED);
        CachingTrainer trainer = options.trainer(DEFAULT_EPOCHS, spec.commandLine().getErr());
        List<ChannelRemovalStudy.Row> rows = ChannelRemovalStudy.run(background,
                options.work.resolve("channel-removal"), trainer, options.model);
        Path out = options.out("channel-removal");
        StudyReport report = ChannelRemovalReport.write(out, run, rows, options.model);
        StudyOptions.print(spec.commandLine().getOut(), report, out);
        return 0;
    }
}
