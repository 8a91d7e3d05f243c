package org.adtrigger.harness.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** One in-process execution of the harness command line, keeping what it printed. */
final class CommandRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final int exitCode;

    private CommandRun(String... args) {
        CommandLine cli = HarnessMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        exitCode = cli.execute(args);
    }

    static CommandRun of(String... args) {
        return new CommandRun(args);
    }
}
