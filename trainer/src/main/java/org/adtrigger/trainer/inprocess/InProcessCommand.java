package org.adtrigger.trainer.inprocess;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.ingest.cli.IngestMain;
import org.adtrigger.trainer.cli.TrainerMain;

/**
 * Runs an {@code adtrigger} command ({@code generate}, {@code train}, {@code evaluate}) in this JVM exactly as the
 * command line would, its output going to a log file as it comes (a long training can be followed there) rather
 * than interleaved with the caller's own lines (the physics benchmark's, a study's).
 */
public final class InProcessCommand {
    /** The commands of the ingest module ({@code generate}). */
    public static final EntryPoint INGEST = IngestMain::run;
    /** The commands of the trainer module ({@code train}, {@code evaluate}). */
    public static final EntryPoint TRAINER = TrainerMain::run;

    /** A module's command-line entry: arguments in, exit code out. */
    @FunctionalInterface
    public interface EntryPoint {
        int run(String[] args, PrintWriter out, PrintWriter err);
    }

    private InProcessCommand() {
    }

    /**
     * @param main the module's entry point
     * @param argv the command and its arguments, as typed after {@code adtrigger}
     * @param log  where the command line, its standard output and its error output go
     * @throws IllegalStateException when the command exits non-zero, with its one-line reason and the log's path
     */
    public static void run(EntryPoint main, List<String> argv, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        StringWriter errors = new StringWriter();
        int code;
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(log), true)) {
            file.println("$ adtrigger " + String.join(" ", argv));
            code = main.run(argv.toArray(String[]::new), file, new PrintWriter(new Tee(file, errors), true));
        }
        if (code != 0) {
            String reason = errors.toString().lines().findFirst().orElse("no message");
            throw new IllegalStateException(argv.get(0) + " exited with " + code + ": " + reason + " (log: " + log
                    + ")");
        }
    }

    /** Error output to the log and to memory, where the first line becomes the failure message. */
    private static final class Tee extends Writer {
        private final Writer first;
        private final Writer second;

        Tee(Writer first, Writer second) {
            this.first = first;
            this.second = second;
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            first.write(chars, offset, length);
            second.write(chars, offset, length);
        }

        @Override
        public void flush() throws IOException {
            first.flush();
            second.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
