package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** CMS NanoAOD: counted arrays with {@code n...} counters; baskets partly in the tree, partly on disk. */
class NanoAodIT {

    private static final String FILE = "nanoAOD_2015_CMS_Open_Data_ttbar.root";

    @Test
    void muonArraysFollowTheirCounter() throws IOException {
        try (RootFile file = RootFile.open(RootTestData.file(FILE))) {
            RootTree tree = file.tree("Events");
            assertThat(tree.entries()).isEqualTo(200);
            RootBranch pt = tree.branch("Muon_pt");
            assertThat(pt.kind()).isEqualTo(BranchKind.COUNTED_ARRAY);
            assertThat(pt.counterBranch()).isEqualTo("nMuon");
            int[] nMuon = tree.reader("nMuon").read(new EntryRange(0, 200)).ints();
            Column muonPt = tree.reader("Muon_pt").read(new EntryRange(0, 200));
            for (int i = 0; i < 200; i++) {
                assertThat(muonPt.count(i)).as("event " + i).isEqualTo(nMuon[i]);
            }
            for (float v : muonPt.floats()) {
                assertThat(v).isPositive();
            }
        }
    }

    @Test
    void everyReadableBranchReadsWhereverItsBasketsAre() throws IOException {
        try (RootFile file = RootFile.open(RootTestData.file(FILE))) {
            RootTree tree = file.tree("Events");
            var columns = RootTestData.readAll(tree);
            assertThat(columns).hasSizeGreaterThan(900);
            assertThat(tree.branches()).anyMatch(b -> b.basketCount() > 1);
            columns.values().forEach(c -> assertThat(c.entries()).isEqualTo(200));
        }
    }
}
