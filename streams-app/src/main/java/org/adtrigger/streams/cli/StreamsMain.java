package org.adtrigger.streams.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of the streaming commands. Exit codes: 0 success, 1 failure (one line on stderr saying
 * why; the stack trace goes to the log at DEBUG), 2 usage error.
 */
@Command(name = "adtrigger", mixinStandardHelpOptions = true,
        description = "Streaming anomaly scoring of collider events with Kafka Streams and ONNX Runtime.")
public final class StreamsMain implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new StreamsMain())
                .addSubcommand(new RunCommand())
                .addSubcommand(new ReplayCommand())
                .addSubcommand(new DemoCommand())
                .addSubcommand(new BenchCommand())
                .addSubcommand(new TailCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(new OneLineFailure());
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, replay, demo, bench, tail)");
    }
}
