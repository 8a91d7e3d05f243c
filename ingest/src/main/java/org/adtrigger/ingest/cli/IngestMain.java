package org.adtrigger.ingest.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Entry point of the ingest commands ({@code adtrigger generate | ingest | inspect}). Failures and exit codes follow
 * {@link CommandFailures}: 0 success, 2 usage error (message and a hint on stderr), 1 failure (one line on stderr;
 * the stack trace too with {@code --verbose}).
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
        return CommandFailures.install(cli, verbose).execute(args);
    }
}
