package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ATLAS Open Data 4-lepton collections: std::vector branches, every basket kept inside the tree. */
class Atlas4LeptonIT {

    private static final Map<String, Integer> ENTRIES = Map.of("data_A.4lep.root", 39, "data_B.4lep.root", 156,
            "data_C.4lep.root", 237, "data_D.4lep.root", 400);

    @Test
    void everyFileHasItsEntriesAndConsistentLeptons() throws IOException {
        for (Map.Entry<String, Integer> expected : ENTRIES.entrySet()) {
            String name = expected.getKey();
            try (RootFile file = RootFile.open(RootTestData.file(name))) {
                RootTree tree = file.tree("mini");
                assertThat(tree.entries()).as(name).isEqualTo(expected.getValue().longValue());
                Map<String, Column> c = RootTestData.readAll(tree);
                assertThat(tree.branch("lep_pt").typeDescription()).isEqualTo("std::vector<float>");
                int[] lepN = c.get("lep_n").ints();
                assertThat(lepN).hasSize(expected.getValue());
                long vectors = tree.branches().stream().filter(b -> b.name().startsWith("lep_")
                        && b.kind() == BranchKind.VECTOR && !b.name().equals("lep_truthMatched")).count();
                assertThat(vectors).isGreaterThanOrEqualTo(12);
                for (RootBranch branch : tree.branches()) {
                    if (branch.name().startsWith("lep_") && branch.kind() == BranchKind.VECTOR
                            && !branch.name().equals("lep_truthMatched")) {
                        Column column = c.get(branch.name());
                        for (int i = 0; i < lepN.length; i++) {
                            assertThat(column.count(i)).as(name + " " + branch.name() + " entry " + i)
                                    .isEqualTo(lepN[i]);
                        }
                    }
                }
                assertSensibleLeptons(name, c);
            }
        }
    }

    @Test
    void truthBranchesOfRealDataAreEmptyVectors() throws IOException {
        try (RootFile file = RootFile.open(RootTestData.file("data_A.4lep.root"))) {
            Column truth = file.tree("mini").reader("lep_truthMatched").read(new EntryRange(0, 39));
            assertThat(truth.type()).isEqualTo(ElementType.BOOL);
            assertThat(truth.size()).isZero();
            assertThat(truth.offsets()).hasSize(40).containsOnly(0);
        }
    }

    private static void assertSensibleLeptons(String name, Map<String, Column> c) {
        float[] pt = c.get("lep_pt").floats();
        float[] eta = c.get("lep_eta").floats();
        float[] phi = c.get("lep_phi").floats();
        assertThat(pt).as(name).isNotEmpty();
        for (int i = 0; i < pt.length; i++) {
            assertThat(pt[i]).as(name + " lep_pt[" + i + "] in MeV").isGreaterThan(0f);
            assertThat(Math.abs(eta[i])).as(name + " |lep_eta[" + i + "]|").isLessThan(2.7f);
            assertThat((double) phi[i]).as(name + " lep_phi[" + i + "]").isBetween(-Math.PI, Math.PI);
        }
    }
}
