package org.adtrigger.trainer.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code adtrigger study}: the parent of the seed studies; each writes a report directory. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"Studies of how an autoencoder trained on SM background behaves, on generated data (fixed "
                + "seeds, made in --work) or on your archives. Each writes results.json, results.md and PNG plots."},
        subcommands = {PtScaleCommand.class, ChannelRemovalCommand.class, ShuffleCommand.class, DummyCommand.class,
                ContaminationCommand.class, LatentCommand.class})
final class StudyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a study: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
