package org.adtrigger.streams.ops;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds {@code prometheus} and {@code promtool} (Debian's {@code prometheus} package; .ci/run installs it
 * when it can) on the PATH. Tests that need them are skipped, with the reason printed, when absent.
 */
final class PrometheusBinaries {
    private PrometheusBinaries() {
    }

    /** The executable's path; skips the calling test, saying why, when it is not installed. */
    static Path require(String name) {
        Optional<Path> found = find(name);
        if (found.isEmpty()) {
            String reason = name + " is not on the PATH (install Debian's prometheus package: "
                    + "apt-get install --no-install-recommends prometheus); skipping";
            System.err.println("SKIPPED: " + reason);
            Assumptions.abort(reason);
        }
        return found.get();
    }

    static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
