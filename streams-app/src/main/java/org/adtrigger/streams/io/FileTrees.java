package org.adtrigger.streams.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Folder trees the commands make for a run and remove afterwards (state directories). */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Deletes {@code root} and everything below it, deepest first.
     *
     * @param what names the folder in the error, e.g. "the demo's state directory"
     * @throws UncheckedIOException naming the folder when something cannot be deleted
     */
    public static void delete(Path root, String what) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + what + " " + root, e);
        }
    }
}
