package org.adtrigger.trainer.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs a training, an evaluation or a generation with its output going to a log file as it comes (a long
 * training can be followed there) rather than interleaved with the caller's own lines (the physics benchmark's,
 * a study's).
 */
public final class LoggedRun {
    private LoggedRun() {
    }

    /** Work writing its summary to {@code out} and its progress and warnings to {@code err}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(PrintWriter out, PrintWriter err) throws IOException;
    }

    /**
     * @param log         where {@code description}, then the work's output and error output go
     * @param description the first line of the log: what runs, with which settings
     * @throws IllegalStateException when the work fails, with its one-line reason and the log's path
     */
    public static <T> T run(Path log, String description, Work<T> work) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(log), true)) {
            file.println("# " + description);
            try {
                return work.run(file, file);
            } catch (IOException | RuntimeException e) {
                file.println("failed: " + e);
                throw new IllegalStateException(description + ": " + e.getMessage() + " (log: " + log + ")", e);
            }
        }
    }
}
