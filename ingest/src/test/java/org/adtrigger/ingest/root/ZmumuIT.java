package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CMS 2010 dimuon events, flat branches, written with every compression ROOT offers. */
class ZmumuIT {

    private static final List<String> FILES = List.of("uproot-Zmumu.root", "uproot-Zmumu-lz4.root",
            "uproot-Zmumu-lzma.root", "uproot-Zmumu-zstd.root", "uproot-Zmumu-uncompressed.root");
    private static final int EVENTS = 2304;

    @Test
    void everyCompressionGivesTheSameArrays() throws IOException {
        Map<String, Column> reference = read(FILES.get(0));
        assertThat(reference).hasSize(20).containsKeys("Run", "Event", "E1", "px1", "Q2", "M");
        for (String name : FILES.subList(1, FILES.size())) {
            Map<String, Column> other = read(name);
            assertThat(other.keySet()).as(name).isEqualTo(reference.keySet());
            reference.forEach((branch, column) -> assertThat(other.get(branch).toDoubles())
                    .as(name + " " + branch).containsExactly(column.toDoubles()));
        }
    }

    @Test
    void storedMassEqualsMassFromFourMomenta() throws IOException {
        for (String name : FILES) {
            Map<String, Column> c = read(name);
            double[] m = c.get("M").doubles();
            assertThat(m).hasSize(EVENTS);
            double[][] p = new double[8][];
            String[] branches = {"E1", "px1", "py1", "pz1", "E2", "px2", "py2", "pz2"};
            for (int i = 0; i < branches.length; i++) {
                p[i] = c.get(branches[i]).doubles();
            }
            for (int i = 0; i < EVENTS; i++) {
                double e = p[0][i] + p[4][i];
                double px = p[1][i] + p[5][i];
                double py = p[2][i] + p[6][i];
                double pz = p[3][i] + p[7][i];
                double mass = Math.sqrt(e * e - px * px - py * py - pz * pz);
                assertThat(mass).as(name + " event " + i).isCloseTo(m[i], org.assertj.core.data.Percentage
                        .withPercentage(1e-4));
            }
        }
    }

    @Test
    void branchesAreListedWithTypes() throws IOException {
        try (RootFile file = RootFile.open(RootTestData.file(FILES.get(0)))) {
            RootTree tree = file.tree("events");
            assertThat(tree.entries()).isEqualTo(EVENTS);
            assertThat(tree.title()).isEqualTo("Z -> mumu events");
            assertThat(tree.branch("M").typeDescription()).isEqualTo("double");
            assertThat(tree.branch("Run").type()).isEqualTo(ElementType.INT32);
            assertThat(tree.branch("Type").kind()).isEqualTo(BranchKind.STRING);
            assertThat(tree.branch("Type").typeDescription()).isEqualTo("string");
        }
    }

    @Test
    void muonPairTypesAreStringsOfGlobalOrTrackerMuons() throws IOException {
        for (String name : FILES) {
            String[] types = read(name).get("Type").strings();
            assertThat(types).as(name).hasSize(EVENTS).allMatch(t -> t.matches("[GT]{2}"))
                    .contains("GG", "GT", "TT");
        }
    }

    private static Map<String, Column> read(String name) throws IOException {
        try (RootFile file = RootFile.open(RootTestData.file(name))) {
            RootTree tree = file.tree("events");
            assertThat(tree.entries()).as(name).isEqualTo(EVENTS);
            return RootTestData.readAll(tree);
        }
    }
}
