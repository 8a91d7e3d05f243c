package org.adtrigger.harness.cli;

import org.adtrigger.ingest.cli.CommandFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of the streaming benchmarks ({@code adtrigger bench e2e}, {@code adtrigger bench soak}), which
 * live beside the serving module rather than in it. Failures and exit codes follow {@link CommandFailures}, as
 * for every command: 0 success, 1 failure, 2 usage error or unknown configuration key.
 */
@Command(name = "adtrigger", mixinStandardHelpOptions = true,
        description = "Benchmarks of the streaming stack: Kafka Streams and ONNX Runtime under load.")
public final class HarnessMain implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return CommandFailures.install(new CommandLine(new HarnessMain())
                .addSubcommand(new BenchCommand())
                .setCaseInsensitiveEnumValuesAllowed(true), false);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (bench)");
    }
}
