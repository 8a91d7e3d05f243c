package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance: every shared ROOT file opens and every branch of every tree in it decodes over all its
 * entries. Failures are collected, so one run lists every branch that does not.
 */
class EveryBranchDecodesIT {

    @Test
    void everyBranchOfEveryFileDecodes() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(RootTestData.dir())) {
            files = listing.filter(p -> p.toString().endsWith(".root")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(16);
        List<String> failures = new ArrayList<>();
        int branches = 0;
        for (Path path : files) {
            try (RootFile file = RootFile.open(path)) {
                List<RootTree> trees = file.trees();
                assertThat(trees).as(path.toString()).isNotEmpty();
                for (RootTree tree : trees) {
                    for (RootBranch branch : tree.branches()) {
                        branches++;
                        String failure = decode(tree, branch);
                        if (failure != null) {
                            failures.add(path.getFileName() + " " + tree.name() + "/" + failure);
                        }
                    }
                }
            }
        }
        System.out.println("decoded " + branches + " branches in " + files.size() + " files");
        assertThat(failures).as("branches that do not decode").isEmpty();
    }

    /** Null when the branch reads over all entries, cluster by cluster, else what went wrong. */
    private static String decode(RootTree tree, RootBranch branch) {
        if (branch.kind() == BranchKind.UNSUPPORTED) {
            return branch.name() + ": " + branch.typeDescription();
        }
        try {
            BranchReader reader = tree.reader(branch.name());
            long entries = 0;
            for (EntryRange range : tree.clusters(List.of(branch.name()))) {
                Column column = reader.read(range);
                if (column.entries() != range.size()) {
                    return branch.name() + ": " + column.entries() + " entries read for " + range;
                }
                entries += column.entries();
            }
            return entries == tree.entries() ? null
                    : branch.name() + ": " + entries + " entries of " + tree.entries();
        } catch (IOException | RuntimeException e) {
            return branch.name() + ": " + e;
        }
    }
}
