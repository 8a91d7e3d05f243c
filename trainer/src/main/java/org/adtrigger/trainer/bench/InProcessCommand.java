package org.adtrigger.trainer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adtrigger.trainer.cli.TrainerMain;

/**
 * Runs a trainer command ({@code train}, {@code evaluate}) in this JVM exactly as the command line would, its
 * output going to a log file as it comes (a long training can be followed there) rather than interleaved with
 * the benchmark's own lines.
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
        Files.createDirectories(log.toAbsolutePath().getParent());
        StringWriter errors = new StringWriter();
        int code;
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(log), true)) {
            file.println("$ adtrigger " + String.join(" ", argv));
            code = TrainerMain.run(argv.toArray(String[]::new), file, new PrintWriter(new Tee(file, errors), true));
        }
        if (code != 0) {
            String reason = errors.toString().lines().findFirst().orElse("no message");
            throw new IllegalStateException(argv.get(0) + " exited with " + code + ": " + reason + " (log: " + log
                    + ")");
        }
    }

    /** Error output to the log and to memory, where the first line becomes the benchmark's failure message. */
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
