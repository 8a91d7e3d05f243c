package org.adtrigger.harness.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code adtrigger bench ...}: the benchmarks that run on the streaming stack. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of the streaming stack.",
        subcommands = {BenchE2eCommand.class, SoakCommand.class})
final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark is required ("
                + String.join(", ", spec.subcommands().keySet()) + ")");
    }
}
