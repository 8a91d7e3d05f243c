package org.adtrigger.trainer.cli;

import java.io.PrintWriter;
import org.adtrigger.ingest.cli.CommandFailures;
import picocli.CommandLine;
import org.adtrigger.trainer.bench.BenchCommand;
import picocli.CommandLine.Command;

/**
 * Entry point of the trainer commands ({@code adtrigger train}, {@code adtrigger evaluate}, {@code adtrigger compare}, {@code adtrigger tune},
 * {@code adtrigger study …}, {@code adtrigger bench physics}).
 * Failures and exit codes follow {@link CommandFailures}: 0 success, 1 failure (one line on stderr naming what went
 * wrong), 2 usage error (the message and a hint to {@code --help}).
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
        return CommandFailures.install(new CommandLine(new TrainerMain()).setOut(out).setErr(err), false).execute(args);
    }
}
