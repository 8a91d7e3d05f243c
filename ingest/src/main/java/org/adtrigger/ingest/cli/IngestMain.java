package org.adtrigger.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the ingest commands ({@code adtrigger generate | ingest | inspect}). Exit codes: 0 success, 2 usage
 * error (message and a hint on stderr), 1 failure (one line on stderr; the stack trace too with
 * {@code --verbose}).
 */
@Command(name = "adtrigger", mixinStandardHelpOptions = true, version = "ADTrigger ingest 0.1.0",
        description = "Synthetic event generation, ingest of physicists' archives, and Avro event archives.",
        subcommands = {GenerateCommand.class, IngestCommand.class, InspectCommand.class})
public final class IngestMain {
    /** System property read by log4j2.xml for the root log level. */
    static final String LOG_LEVEL_PROPERTY = "adtrigger.log.level";

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log at debug level and print stack traces of failures.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit code; what it prints goes to {@code out} and {@code err}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        if (verbose) {
            // must precede the first logger lookup, which reads the configuration
            System.setProperty(LOG_LEVEL_PROPERTY, "debug");
        }
        CommandLine cli = new CommandLine(new IngestMain());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler((e, a) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println(cmd.getCommandName() + ": " + e.getMessage());
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(cmd.getCommandName() + ": " + describe(e));
            if (verbose) {
                e.printStackTrace(cmd.getErr());
            }
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    /** A one-line account of a failure: the message, or the exception type when it has none. */
    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (e instanceof NoSuchFileException) {
            return message + ": no such file";
        }
        if (e instanceof AccessDeniedException) {
            return message + ": permission denied";
        }
        return message.lines().findFirst().orElse(message);
    }
}
