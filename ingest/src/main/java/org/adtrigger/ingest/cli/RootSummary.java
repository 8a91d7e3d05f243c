package org.adtrigger.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.adtrigger.ingest.root.RootBranch;
import org.adtrigger.ingest.root.RootFile;
import org.adtrigger.ingest.root.RootTree;

/** What {@code adtrigger inspect} prints for a ROOT file: its trees and their branches with types. */
final class RootSummary {

    private RootSummary() {
    }

    static void print(Path path, PrintWriter out) throws IOException {
        try (RootFile file = RootFile.open(path)) {
            out.println(path + " (ROOT " + version(file.rootVersion()) + ")");
            for (RootTree tree : file.trees()) {
                out.println(String.format(Locale.ROOT, "TTree %s \"%s\": %d entries, %d branches, %d clusters",
                        tree.name(), tree.title(), tree.entries(), tree.branches().size(), tree.clusters().size()));
                int width = tree.branches().stream().mapToInt(b -> b.name().length()).max().orElse(0);
                for (RootBranch branch : tree.branches()) {
                    out.println(String.format(Locale.ROOT, "  %-" + width + "s  %-28s %d entries, %d baskets",
                            branch.name(), branch.typeDescription(), branch.entries(), branch.basketCount()));
                }
            }
        }
    }

    /** 61804 as 6.18/04. */
    private static String version(int code) {
        return String.format(Locale.ROOT, "%d.%02d/%02d", code / 10000, code / 100 % 100, code % 100);
    }
}
