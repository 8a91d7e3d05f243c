package org.adtrigger.ingest.cli;

import java.util.function.Supplier;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.adtrigger.ingest.avro.ArchiveCodec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the commands that write an archive while showing progress ({@code generate},
 * {@code ingest}), mixed into each, with the helpers they share.
 */
final class ArchiveOutput {

    @Option(names = "--codec", defaultValue = "deflate", paramLabel = "CODEC",
            description = "Block compression: null, deflate, zstandard, snappy, xz (default: ${DEFAULT-VALUE}).")
    String codec;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when stderr is a terminal).")
    Boolean progress;

    /** The codec named by {@code --codec}; an unknown name is a usage error. */
    ArchiveCodec codec(CommandSpec spec) {
        return usage(spec, () -> ArchiveCodec.parse(codec));
    }

    /** A progress bar on stderr counting to {@code max}, or null when progress is not shown. */
    ProgressBar progressBar(String task, long max, String unit) {
        boolean show = progress != null ? progress : System.console() != null;
        if (!show) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(max).setUnit(unit, 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).build();
    }

    /** Runs {@code parse}, turning its IllegalArgumentException into a usage error (exit code 2). */
    static <T> T usage(CommandSpec spec, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
