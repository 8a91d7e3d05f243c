package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.adtrigger.scoring.onnx.TestModelFiles;
import org.adtrigger.streams.testsupport.CapturedLog;
import org.adtrigger.streams.testsupport.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code demo} in this JVM: real broker, topology, ONNX Runtime and replay, with a tiny model and short windows. */
class DemoCommandIT {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @Test
    void printsAWindowRowPerSecondMarksTheBurstAndStopsCleanly() throws IOException {
        Path model = TestModelFiles.servable(dir);
        Path background = TestArchives.generate(dir.resolve("background.avro"), "zee,zmumu", 3_000, 1);
        Path signal = TestArchives.generate(dir.resolve("signal.avro"), "zprime:2000", 300, 2);

        try (CapturedLog steps = CapturedLog.of(ShutdownSequence.class)) {
            int exit = execute("demo", "--model", model.toString(), "--background", background.toString(),
                    "--signal", signal.toString(), "--duration", "7s", "--rate", "400", "--fraction", "0.5",
                    "--burst-start", "2s", "--burst-end", "4s", "--window", "1s", "--set", "window.grace.ms=0",
                    "--http-port", "0");

            assertThat(exit).as(err.toString()).isZero();
            assertThat(steps.lines()).filteredOn(line -> line.contains("Stopped")).startsWith(
                    "INFO Stopped replay", "INFO Stopped Kafka Streams");
        }
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("metrics at http://127\\.0\\.0\\.1:\\d+/metrics"));
        assertThat(lines).filteredOn(line -> line.startsWith("window")).hasSize(1);
        List<String> rows = lines.stream().filter(line -> line.matches("\\d\\d:\\d\\d:\\d\\d .*")).toList();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rows).anySatisfy(row -> assertThat(row).endsWith("◀ burst"));
        assertThat(rows).anySatisfy(row -> assertThat(row).doesNotContain("burst"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("replay: \\d+ events sent in .*, \\d+ of them signal"));
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("max Z3 in the \\d+ burst windows: .*"));
    }

    @Test
    void anUnreadableArchiveEndsTheDemoWithOneLine() {
        Path model = TestModelFiles.servable(dir);

        int exit = execute("demo", "--model", model.toString(), "--background", dir.resolve("missing.avro").toString(),
                "--signal", dir.resolve("missing-too.avro").toString(), "--duration", "30s", "--http-port", "0");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("adtrigger demo: replay failed: ").contains("missing");
    }

    private int execute(String... args) {
        CommandLine cli = StreamsMain.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
