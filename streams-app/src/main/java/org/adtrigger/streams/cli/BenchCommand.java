package org.adtrigger.streams.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code adtrigger bench}: the parent of the streaming benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = SoakCommand.class,
        description = "Benchmarks of the streaming app.")
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark is required (soak)");
    }
}
