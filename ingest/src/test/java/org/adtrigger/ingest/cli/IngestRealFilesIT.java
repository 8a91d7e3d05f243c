package org.adtrigger.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.adtrigger.ingest.adapters.EventChunk;
import org.adtrigger.ingest.adapters.EventSource;
import org.adtrigger.ingest.adapters.IngestOptions;
import org.adtrigger.ingest.adapters.InputFormat;
import org.adtrigger.ingest.root.RootTestData;
import org.adtrigger.schema.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adtrigger ingest} and {@code inspect} on the real ROOT files. */
class IngestRealFilesIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void atlasDataRoundTripsThroughTheArchive() throws IOException {
        List<Path> inputs = Stream.of("A", "B", "C", "D").map(p -> RootTestData.file("data_" + p + ".4lep.root"))
                .toList();
        Path archive = dir.resolve("atlas.avro");
        List<String> args = new ArrayList<>(List.of("ingest", "--format", "atlas-opendata", "--out",
                archive.toString(), "--in"));
        inputs.forEach(p -> args.add(p.toString()));
        assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();

        List<Event> expected = new ArrayList<>();
        for (Path input : inputs) {
            try (EventSource source = InputFormat.ATLAS_OPENDATA.open(input, IngestOptions.DEFAULTS)) {
                for (EventChunk chunk = source.next(); chunk != null; chunk = source.next()) {
                    expected.addAll(chunk.events());
                }
            }
        }
        assertThat(expected).hasSize(39 + 156 + 237 + 400);
        assertThat(IngestCommandTest.read(archive)).isEqualTo(expected);
        assertThat(out.toString()).containsPattern("data\\s+832\\s+832\\s+832\\s+832\\.000\\s")
                .contains("832 input records, 0 bad, 0 unreadable inputs");
    }

    @Test
    void inspectListsTreesBranchesTypesAndEntriesOfRootFiles() throws java.io.IOException {
        int code = run("inspect", RootTestData.file("data_A.4lep.root").toString(),
                RootTestData.file("uproot-Zmumu.root").toString());
        assertThat(code).as(err.toString()).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).endsWith("data_A.4lep.root (ROOT 6.18/04, zlib level 1, 1 tree)");
        assertThat(lines).contains("TTree mini \"mini\": 39 entries, 81 branches, 1 cluster");
        // golden: the header and first rows of the table; entry counts are the tree's, so not repeated
        assertThat(lines.subList(2, 5)).containsExactly(
                "  branch                     type                   baskets",
                "  runNumber                  int32_t                1 basket in tree record",
                "  eventNumber                int32_t                1 basket in tree record");
        assertThat(lines).contains("  lep_pt                     std::vector<float>     1 basket in tree record",
                "TTree events \"Z -> mumu events\": 2304 entries, 20 branches, 1 cluster",
                "  branch  type     baskets", "  Type    string   1 basket in file");
        assertThat(lines).anySatisfy(l -> assertThat(l).endsWith("uproot-Zmumu.root (ROOT 6.08/04, zlib level 4, 1 tree)"));
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain(" 1 baskets", " entries,  ")
                .hasSizeLessThan(100));
    }

    private int run(String... args) {
        return IngestMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }
}
