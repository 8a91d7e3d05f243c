package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.trainer.cli.TrainerMain;

/**
 * Runs a trainer command ({@code train}, {@code evaluate}) in this JVM exactly as the command line would, its
 * output kept in a log file rather than interleaved with the benchmark's own lines.
 */
final class InProcessCommand {
    private InProcessCommand() {
    }

    /**
     * @param argv the command and its arguments, as typed after {@code adtrigger}
     * @param log  where the command line, its standard output and its error output go
     * @throws IllegalStateException when the command exits non-zero, with its one-line reason and the log's path
     */
    static void run(List<String> argv, Path log) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TrainerMain.run(argv.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.writeString(log, "$ adtrigger " + String.join(" ", argv) + "\n" + out + err);
        if (code != 0) {
            String reason = err.toString().lines().findFirst().orElse("no message");
            throw new IllegalStateException(argv.get(0) + " exited with " + code + ": " + reason + " (log: " + log
                    + ")");
        }
    }
}
