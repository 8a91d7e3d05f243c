package org.adtrigger.streams.cli;

import org.adtrigger.ingest.cli.CommandFailures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Entry point of the streaming commands. Failures and exit codes follow {@link CommandFailures}: 0 success or a
 * requested stop (SIGTERM, Ctrl-C, --duration), 1 failure (one line on stderr saying why; the stack trace goes
 * to the log at DEBUG), 2 usage error or unknown configuration key.
 */
@Command(name = "adtrigger", mixinStandardHelpOptions = true,
        description = "Streaming anomaly scoring of collider events with Kafka Streams and ONNX Runtime.")
public final class StreamsMain implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("run") || args[0].equals("replay"))) {
            // A SIGTERM while the JVM is still starting is a requested stop too: exit 0, not 143.
            SignalStop.listenFromStart();
        }
        if (args.length > 0 && args[0].equals("demo")) {
            quietLoggingForTheDemo();
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * A newcomer's first screen should be the set-up lines and the table: the app logs warnings only and
     * the Kafka clients and embedded broker errors only (their start-up notices, such as metadata for an
     * internal topic not yet created, are expected in a fresh single-process run). Read by log4j2.xml, so
     * set before anything logs; -D on the command line still wins.
     */
    private static void quietLoggingForTheDemo() {
        if (System.getProperty("adtrigger.log.level") == null) {
            System.setProperty("adtrigger.log.level", "warn");
        }
        if (System.getProperty("adtrigger.kafka.log.level") == null) {
            System.setProperty("adtrigger.kafka.log.level", "error");
        }
    }

    static CommandLine commandLine() {
        return CommandFailures.install(new CommandLine(new StreamsMain())
                .addSubcommand(new RunCommand())
                .addSubcommand(new ReplayCommand())
                .addSubcommand(new DemoCommand())
                .addSubcommand(new TailCommand())
                .addSubcommand(new SpectraCommand())
                .setCaseInsensitiveEnumValuesAllowed(true), false);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, replay, demo, tail, spectra)");
    }
}
