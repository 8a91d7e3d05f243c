package org.adtrigger.ingest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.schema.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adtrigger ingest} on the text fixtures: archive content, summary, bad records and exit codes. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void cleanInputIsWrittenAndSummarisedPerSampleWithExitZero() throws IOException {
        Path input = dir.resolve("chan1.csv");
        Files.writeString(input, "7;ttbar;0.5;40000;0.1;m+,50000,45000,0.2,1.0;j,90000,80000,0.5,-1.0\n"
                + "8;ttbar;0.25;10000;0.2;e-,30000,29000,0.1,2.0\n9;zjets;2.0;5000;-0.4\n");
        Path archive = dir.resolve("out.avro");
        int code = run("ingest", "--format", "darkmachines", "--in", input.toString(), "--out", archive.toString());
        assertThat(code).as(err.toString()).isZero();
        List<Event> events = read(archive);
        assertThat(events).extracting(Event::getEventNumber).containsExactly(7L, 8L, 9L);
        assertThat(events.get(0).getObjects().get(0).getPt()).isEqualTo(45f);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).startsWith("sample").contains("read", "selected", "written", "sum_w");
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("ttbar\\s+2\\s+2\\s+2\\s+0\\.750000\\s+0\\.559017"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches("zjets\\s+1\\s+1\\s+1\\s+2\\.00000\\s+2\\.00000"));
        assertThat(lines).contains("3 input records, 0 bad, 0 unreadable inputs");
    }

    @Test
    void badRecordsAreListedByFileAndLineAndExitOne() throws IOException {
        Path archive = dir.resolve("dm.avro");
        int code = run("ingest", "--format", "darkmachines", "--in", resource("darkmachines-sample.csv"),
                "--out", archive.toString());
        assertThat(code).isEqualTo(1);
        assertThat(read(archive)).hasSize(3);
        assertThat(out.toString()).contains("5 input records, 2 bad, 0 unreadable inputs")
                .contains("bad: darkmachines-sample.csv line 4: object 1 has unknown type 'x'")
                .contains("bad: darkmachines-sample.csv line 5: MET 'oops' is not a number");
        assertThat(err.toString()).contains("2 bad records and 0 unreadable inputs");
    }

    @Test
    void anUnreadableInputLeavesNoArchiveAndNamesTheInputAndTheReason() throws IOException {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "7;ttbar;0.5;40000;0.1\n");
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path archive = dir.resolve("out.avro");
        int code = run("ingest", "--format", "darkmachines", "--in", good.toString(), folder.toString(),
                "--out", archive.toString());
        assertThat(code).isEqualTo(1);
        assertThat(archive).doesNotExist();
        assertThat(Files.list(dir)).containsExactlyInAnyOrder(good, folder);
        assertThat(out.toString()).contains("unreadable: " + folder + ": is a directory, expected a file");
        assertThat(err.toString()).contains("no archive written to " + archive);
    }

    @Test
    void anOutputThatIsADirectoryIsRefusedWithThePathAndTheReason() throws IOException {
        Path input = dir.resolve("in.csv");
        Files.writeString(input, "7;ttbar;0.5;40000;0.1\n");
        Path folder = Files.createDirectory(dir.resolve("out.avro"));
        int code = run("ingest", "--format", "darkmachines", "--in", input.toString(), "--out", folder.toString());
        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("adtrigger ingest: " + folder + ": is a directory, expected a file");
    }

    @Test
    void selectionKeepsOnlyEventsPassingThePreset() throws IOException {
        Path input = dir.resolve("chan2.csv");
        Files.writeString(input, "1;zee;1;1000;0;e+,46000,45000,0.3,1.0;e-,41000,40000,-0.2,-2.0\n"
                + "2;zee;1;1000;0;e+,46000,45000,0.3,1.0\n");
        Path archive = dir.resolve("sel.avro");
        int code = run("ingest", "--format", "darkmachines", "--in", input.toString(), "--out", archive.toString(),
                "--selection", "thesis-2lep");
        assertThat(code).as(err.toString()).isZero();
        assertThat(read(archive)).extracting(Event::getEventNumber).containsExactly(1L);
        assertThat(out.toString()).containsPattern("zee\\s+2\\s+1\\s+1\\s+1\\.00000\\s");
    }

    @Test
    void isDataMarksEveryEventAsDataAndTheSelectionIsSummarisedByReason() throws IOException {
        Path archive = dir.resolve("data.avro");
        int code = run("ingest", "--format", "csv", "--mapping", resource("trilepton-mapping.properties"),
                "--in", resource("trilepton.csv"), "--out", archive.toString(), "--is-data",
                "--selection", "thesis-3lep");

        assertThat(code).isEqualTo(1);
        List<Event> events = read(archive);
        assertThat(events).extracting(Event::getEventNumber).containsExactly(1L);
        assertThat(events.get(0).getIsData()).isTrue();
        assertThat(events.get(0).getWeight()).isEqualTo(1.0);
        assertThat(out.toString()).contains("selection 'thesis-3lep': 1 of 2 events passed",
                "events rejected: too few leptons 1 (50.0 %)",
                "bad: trilepton.csv line 4: lep.typeColumn 15.0 is none of 11 (ELECTRON), 13 (MUON)");
    }

    @Test
    void anUnreadableInputIsReportedAndTheOthersStillRead() throws IOException {
        Path archive = dir.resolve("two.avro");
        int code = run("ingest", "--format", "atlas-opendata", "--in", resource("dimuon.csv"),
                "--out", archive.toString());
        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("unreadable: ").contains("dimuon.csv");
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        assertThat(run("ingest", "--format", "lhe", "--in", "x", "--out", "y")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown format 'lhe'");
        assertThat(run("ingest", "--format", "csv", "--in", "x", "--out", "y")).isEqualTo(2);
        assertThat(err.toString()).contains("--format csv needs --mapping FILE");
        assertThat(run("ingest", "--format", "nanoaod", "--in", "x", "--out", "y", "--selection", "4lep"))
                .isEqualTo(2);
        assertThat(run("ingest", "--format", "darkmachines", "--in", "x", "--out", "y", "--unit", "TeV"))
                .isEqualTo(2);
        assertThat(Files.exists(Path.of("y"))).isFalse();
    }

    private int run(String... args) {
        return IngestMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    static List<Event> read(Path archive) throws IOException {
        List<Event> events = new ArrayList<>();
        try (EventArchiveReader reader = EventArchiveReader.open(archive)) {
            reader.forEachRemaining(events::add);
        }
        return events;
    }

    private static String resource(String name) {
        try {
            return Path.of(IngestCommandTest.class.getResource("/adapters/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
