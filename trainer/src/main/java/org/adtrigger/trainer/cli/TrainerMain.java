package org.adtrigger.trainer.cli;

import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import org.adtrigger.trainer.bench.BenchCommand;
import picocli.CommandLine.Command;

/**
 * Entry point of the trainer commands ({@code adtrigger train}, {@code adtrigger evaluate}, {@code adtrigger compare}, {@code adtrigger tune},
 * {@code adtrigger study …}, {@code adtrigger bench physics}).
 * Exit codes: 0 success, 1 failure (one line on stderr naming what went wrong), 2 usage error (the message and a
 * hint to {@code --help}).
 */
@Command(name = "adtrigger", mixinStandardHelpOptions = true, version = "ADTrigger trainer 0.1.0",
        description = "Train anomaly-detection autoencoders on SM Monte Carlo, export them as ONNX, evaluate, tune, study and benchmark them.",
        subcommands = {TrainCommand.class, EvaluateCommand.class, CompareCommand.class, TuneCommand.class, StudyCommand.class,
                BenchCommand.class})
public final class TrainerMain {
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new TrainerMain()).setOut(out).setErr(err);
        cli.setParameterExceptionHandler((e, ignored) -> {
            CommandLine failed = e.getCommandLine();
            err.println(failed.getCommandName() + ": " + e.getMessage());
            err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help'.");
            return CommandLine.ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            err.println(failed.getCommandName() + ": " + oneLine(e));
            return CommandLine.ExitCode.SOFTWARE;
        });
        return cli.execute(args);
    }

    private static String oneLine(Throwable e) {
        Throwable shown = e;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        if (shown.getMessage() == null) {
            return shown.getClass().getSimpleName();
        }
        String first = shown.getMessage().lines().findFirst().orElse("");
        return shown instanceof NoSuchFileException ? "no such file: " + first : first;
    }
}
