package org.adtrigger.ingest.root;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the shared real ROOT files; tests that need them are skipped, with the reason, when absent. */
public final class RootTestData {

    private RootTestData() {
    }

    public static Path dir() {
        String shared = System.getProperty("adtrigger.shared.dir", "../../shared");
        Path dir = Path.of(shared, "data", "root");
        if (!Files.isDirectory(dir)) {
            String reason = "skipped: no real ROOT files at " + dir.toAbsolutePath()
                    + " (set -Dadtrigger.shared.dir)";
            System.out.println(reason);
            assumeTrue(false, reason);
        }
        return dir;
    }

    public static Path file(String name) {
        Path file = dir().resolve(name);
        assumeTrue(Files.isRegularFile(file), "skipped: missing " + file);
        return file;
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every readable branch of {@code tree} read over the whole tree, cluster by cluster. */
    static java.util.Map<String, Column> readAll(RootTree tree) throws IOException {
        java.util.Map<String, Column> columns = new java.util.LinkedHashMap<>();
        for (RootBranch branch : tree.branches()) {
            if (branch.kind() != BranchKind.UNSUPPORTED) {
                columns.put(branch.name(), tree.reader(branch.name()).read(new EntryRange(0, branch.entries())));
            }
        }
        return columns;
    }
}
