package org.adtrigger.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.adtrigger.ingest.root.RootBranch;
import org.adtrigger.ingest.root.RootFile;
import org.adtrigger.ingest.root.RootTree;

/**
 * What {@code adtrigger inspect} prints for a ROOT file: a line for the file (version, compression), one per
 * tree (entries, branches, clusters), and a table of its branches: name, type, baskets and where they are.
 * The entry count is said once per tree; a branch line repeats it only where it differs. Name and type
 * columns are as wide as their longest entry up to a cap, so one long name does not widen every line.
 */
final class RootSummary {

    static final int NAME_CAP = 32;
    static final int TYPE_CAP = 28;
    private static final String[] ALGORITHMS = {"zlib", "zlib", "LZMA", "old", "LZ4", "ZSTD"};

    private RootSummary() {
    }

    static void print(Path path, PrintWriter out) throws IOException {
        try (RootFile file = RootFile.open(path)) {
            List<RootTree> trees = file.trees();
            out.println(path + " (ROOT " + version(file.rootVersion()) + ", " + compression(file.compressionSetting())
                    + ", " + plural(trees.size(), "tree") + ")");
            for (RootTree tree : trees) {
                out.println(String.format(Locale.ROOT, "TTree %s \"%s\": %s, %s, %s", tree.name(), tree.title(),
                        plural(tree.entries(), "entry", "entries"), plural(tree.branches().size(), "branch", "branches"),
                        plural(tree.clusters().size(), "cluster")));
                table(tree, out);
            }
        }
    }

    private static void table(RootTree tree, PrintWriter out) {
        List<RootBranch> branches = tree.branches();
        int nameWidth = width(branches.stream().map(RootBranch::name).toList(), "branch", NAME_CAP);
        int typeWidth = width(branches.stream().map(RootBranch::typeDescription).toList(), "type", TYPE_CAP);
        String format = "  %-" + nameWidth + "s  %-" + typeWidth + "s  %s";
        out.println(String.format(Locale.ROOT, format, "branch", "type", "baskets").stripTrailing());
        for (RootBranch branch : branches) {
            List<String> notes = new ArrayList<>();
            notes.add(plural(branch.basketCount(), "basket") + " in " + branch.basketLocation());
            if (branch.entries() != tree.entries()) {
                notes.add(plural(branch.entries(), "entry", "entries"));
            }
            out.println(String.format(Locale.ROOT, format, branch.name(), branch.typeDescription(),
                    String.join(", ", notes)));
        }
    }

    private static int width(List<String> cells, String header, int cap) {
        int widest = cells.stream().mapToInt(String::length).max().orElse(0);
        return Math.min(Math.max(widest, header.length()), cap);
    }

    /** 101 as "zlib level 1", 0 as "uncompressed". */
    static String compression(int setting) {
        int algorithm = setting / 100;
        int level = setting % 100;
        if (level == 0) {
            return "uncompressed";
        }
        String name = algorithm < ALGORITHMS.length ? ALGORITHMS[algorithm] : "algorithm " + algorithm;
        return name + " level " + level;
    }

    static String plural(long n, String one) {
        return plural(n, one, one + "s");
    }

    static String plural(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** 61804 as 6.18/04. */
    private static String version(int code) {
        return String.format(Locale.ROOT, "%d.%02d/%02d", code / 10000, code / 100 % 100, code % 100);
    }
}
