package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CMS 2012 simulation: {@code Float_t x[n]} leaves counted by {@code N...} branches, six compressions. */
class HzzIT {

    private static final List<String> FILES = List.of("uproot-HZZ.root", "uproot-HZZ-lz4.root",
            "uproot-HZZ-lzma.root", "uproot-HZZ-zlib.root", "uproot-HZZ-zstd.root",
            "uproot-HZZ-uncompressed.root");
    private static final int EVENTS = 2421;

    @Test
    void jaggedSizesEqualTheirCounterInEveryEvent() throws IOException {
        for (String name : FILES) {
            try (RootFile file = RootFile.open(RootTestData.file(name))) {
                RootTree tree = file.tree("events");
                assertThat(tree.entries()).isEqualTo(EVENTS);
                Map<String, Column> columns = RootTestData.readAll(tree);
                List<RootBranch> counted = tree.branches().stream()
                        .filter(b -> b.kind() == BranchKind.COUNTED_ARRAY).toList();
                assertThat(counted).as(name).hasSizeGreaterThan(20)
                        .extracting(RootBranch::counterBranch).contains("NJet", "NMuon", "NElectron", "NPhoton");
                for (RootBranch branch : counted) {
                    int[] counts = columns.get(branch.counterBranch()).ints();
                    Column values = columns.get(branch.name());
                    assertThat(values.entries()).isEqualTo(EVENTS);
                    for (int i = 0; i < EVENTS; i++) {
                        assertThat(values.count(i)).as(name + " " + branch.name() + " event " + i)
                                .isEqualTo(counts[i]);
                    }
                }
            }
        }
    }

    @Test
    void everyCompressionGivesTheSameArrays() throws IOException {
        Map<String, Column> reference = read(FILES.get(0));
        assertThat(reference.get("Jet_Px").size()).isPositive();
        for (String name : FILES.subList(1, FILES.size())) {
            Map<String, Column> other = read(name);
            assertThat(other.keySet()).as(name).isEqualTo(reference.keySet());
            reference.forEach((branch, column) -> {
                assertThat(other.get(branch).toDoubles()).as(name + " " + branch)
                        .containsExactly(column.toDoubles());
                if (column.isJagged()) {
                    assertThat(other.get(branch).offsets()).as(name + " " + branch)
                            .containsExactly(column.offsets());
                }
            });
        }
    }

    @Test
    void readingInPiecesGivesTheSameAsReadingAtOnce() throws IOException {
        try (RootFile file = RootFile.open(RootTestData.file("uproot-HZZ-zstd.root"))) {
            RootTree tree = file.tree("events");
            RootBranch muons = tree.branch("Muon_Px");
            assertThat(muons.basketCount()).isGreaterThan(1);
            Column whole = tree.reader("Muon_Px").read(new EntryRange(0, EVENTS));
            BranchReader reader = tree.reader("Muon_Px");
            java.util.List<Double> pieces = new java.util.ArrayList<>();
            for (long start = 0; start < EVENTS; start += 97) {
                Column part = reader.read(new EntryRange(start, Math.min(EVENTS, start + 97)));
                for (double v : part.toDoubles()) {
                    pieces.add(v);
                }
            }
            assertThat(pieces).containsExactly(java.util.Arrays.stream(whole.toDoubles()).boxed()
                    .toArray(Double[]::new));
        }
    }

    private static Map<String, Column> read(String name) throws IOException {
        try (RootFile file = RootFile.open(RootTestData.file(name))) {
            return RootTestData.readAll(file.tree("events"));
        }
    }
}
