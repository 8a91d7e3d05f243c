package org.adtrigger.streams.util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A fresh temporary directory that is deleted with everything in it on {@link #close()}. */
public final class ScratchDirectory implements AutoCloseable {
    private final Path path;
    private final String purpose;

    private ScratchDirectory(Path path, String purpose) {
        this.path = path;
        this.purpose = purpose;
    }

    /**
     * @param prefix  start of the directory's name
     * @param purpose what it holds, for error messages ("the demo's state directory")
     */
    public static ScratchDirectory create(String prefix, String purpose) {
        try {
            return new ScratchDirectory(Files.createTempDirectory(prefix), purpose);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + purpose + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param parent  where to create it (created if missing)
     * @param prefix  start of the directory's name
     * @param purpose what it holds, for error messages
     */
    public static ScratchDirectory createIn(Path parent, String prefix, String purpose) {
        try {
            return new ScratchDirectory(Files.createTempDirectory(Files.createDirectories(parent), prefix), purpose);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + purpose + " in " + parent + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + purpose + " " + path, e);
        }
    }
}
