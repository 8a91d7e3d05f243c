package org.adtrigger.streams.cli;

import org.adtrigger.streams.config.UnknownKeyException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a command's exception into exit code 1 (2 for an unknown configuration key, a usage error) and
 * one line on stderr: operators read the reason, not a stack trace (which stays available in the log at DEBUG).
 */
public final class OneLineFailure implements IExecutionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(OneLineFailure.class);

    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
        LOG.debug("{} failed", command.getCommandName(), e);
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        command.getErr().println("adtrigger " + command.getCommandName() + ": " + message.replace('\n', ' '));
        return e instanceof UnknownKeyException ? CommandLine.ExitCode.USAGE : 1;
    }
}
