package org.adtrigger.scoring.onnx;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Removes, when the JVM exits, the {@code onnxruntime-java*} directory that ONNX Runtime's Java binding
 * creates in {@code java.io.tmpdir} to extract its native libraries and leaves behind (empty) after every
 * command. Not removed at once: the binding extracts provider libraries (CUDA) into it later, on demand.
 * Only directories that appear while this process loads the runtime are removed.
 */
final class NativeExtraction {
    private static final String PREFIX = "onnxruntime-java";

    private NativeExtraction() {
    }

    /** Call just before the runtime loads: notes the directories already there, removes the new ones at exit. */
    static void removeAtExit() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = extractionDirectories(tmp);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Path dir : extractionDirectories(tmp)) {
                if (!before.contains(dir)) {
                    deleteTree(dir);
                }
            }
        }, "onnxruntime-temp-cleanup"));
    }

    private static Set<Path> extractionDirectories(Path tmp) {
        Set<Path> dirs = new HashSet<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            found.forEach(dirs::add);
        } catch (IOException e) {
            // Nothing to compare with: no cleanup rather than a risk of removing another process's files.
        }
        return dirs;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Best effort at exit.
                }
            });
        } catch (IOException e) {
            // Best effort at exit.
        }
    }
}
