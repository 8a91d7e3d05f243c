package org.adtrigger.core.io;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * One line saying what is wrong with a file: its path and the reason. Java's file exceptions carry the path
 * as their whole message ("permission denied" only in the exception's type), others the reason without the
 * path; operators need both.
 */
public final class FileProblem {
    private FileProblem() {
    }

    /** {@code "path: reason"} for a failure to read or write {@code file}. */
    public static String describe(Path file, Throwable failure) {
        return file + ": " + reason(file, failure);
    }

    /** Why {@code file} could not be used, without its path. */
    public static String reason(Path file, Throwable failure) {
        if (Files.isDirectory(file) && !(failure instanceof NotDirectoryException)) {
            return "is a directory, expected a file";
        }
        if (failure instanceof NoSuchFileException) {
            return "no such file";
        }
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : fs.getClass().getSimpleName();
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        // Many readers start their message with the path already: do not say it twice.
        String text = message.startsWith(file + ": ") ? message.substring(file.toString().length() + 2) : message;
        return text.lines().findFirst().orElse(text);
    }
}
