package org.adtrigger.ingest.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The failure format and exit codes of every command behind the {@code adtrigger} launcher (docs/cli.md), shared
 * by the ingest, trainer and streaming command lines so that one launcher speaks one convention:
 * <ul>
 *   <li>{@value #OK}: success, and every requested stop (SIGTERM, Ctrl-C, the end of {@code --duration});</li>
 *   <li>{@value #FAILURE}: failure, one line on stderr, {@code adtrigger COMMAND: reason};</li>
 *   <li>{@value #USAGE}: usage error (a bad option or value on the command line, a {@link UsageException}),
 *       {@code adtrigger COMMAND: message} and a line pointing at {@code --help}.</li>
 * </ul>
 * Operators read the reason, not a stack trace: it goes to the log at DEBUG, and to stderr too when asked for.
 * It lives in the ingest module because the trainer and the streaming app both depend on it.
 */
public final class CommandFailures implements IParameterExceptionHandler, IExecutionExceptionHandler {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CommandFailures.class);

    private final boolean stackTraces;

    private CommandFailures(boolean stackTraces) {
        this.stackTraces = stackTraces;
    }

    /**
     * Puts the convention on a command line (and its subcommands added before this call).
     *
     * @param stackTraces also print a failure's stack trace on stderr ({@code --verbose})
     */
    public static CommandLine install(CommandLine cli, boolean stackTraces) {
        CommandFailures handler = new CommandFailures(stackTraces);
        return cli.setParameterExceptionHandler(handler).setExecutionExceptionHandler(handler);
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(prefix(failed) + oneLine(e.getMessage()));
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine failed, ParseResult parsed) {
        LOG.debug("{} failed", failed.getCommandSpec().qualifiedName(), e);
        failed.getErr().println(prefix(failed) + reason(e));
        if (stackTraces) {
            e.printStackTrace(failed.getErr());
        }
        return e instanceof UsageException ? USAGE : FAILURE;
    }

    /** {@code adtrigger train: }, {@code adtrigger bench physics: }: the command as the user typed it. */
    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }

    /**
     * The failure in one line: the message of the exception or of the first cause that has one (a wrapper's
     * own message is often empty), the type when none has; file-system exceptions, whose message is only the
     * path, get the reason after it.
     */
    static String reason(Throwable e) {
        Throwable shown = e;
        while (isBlank(shown.getMessage()) && shown.getCause() != null) {
            shown = shown.getCause();
        }
        if (isBlank(shown.getMessage())) {
            return shown.getClass().getSimpleName();
        }
        String message = oneLine(shown.getMessage());
        if (shown instanceof NoSuchFileException) {
            return message + ": no such file";
        }
        if (shown instanceof AccessDeniedException) {
            return message + ": permission denied";
        }
        return message;
    }

    private static String oneLine(String message) {
        return message == null ? "" : message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" "));
    }

    private static boolean isBlank(String message) {
        return message == null || message.isBlank();
    }
}
