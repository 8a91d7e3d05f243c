package org.adtrigger.trainer.bench;

import picocli.CommandLine.Command;

/** {@code adtrigger bench}: the benchmarks the trainer owns (the stream's are in StreamsMain). */
@Command(name = "bench", mixinStandardHelpOptions = true, synopsisSubcommandLabel = "physics",
        description = "Benchmarks: 'physics' compares every method on every signal at fixed seeds.",
        subcommands = PhysicsBenchCommand.class)
public final class BenchCommand {
}
