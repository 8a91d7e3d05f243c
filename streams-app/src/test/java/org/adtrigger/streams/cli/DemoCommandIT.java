package org.adtrigger.streams.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.adtrigger.testsupport.onnx.TestModelFiles;
import org.adtrigger.testsupport.CapturedLog;
import org.adtrigger.testsupport.TestArchives;
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
        Path background = TestArchives.write(dir.resolve("background.avro"), "zee,zmumu", 3_000, 1);
        Path signal = TestArchives.write(dir.resolve("signal.avro"), "zprime:2000", 300, 2);

        try (CapturedLog steps = CapturedLog.of(ShutdownSequence.class)) {
            int exit = execute("demo", "--model", model.toString(), "--background", background.toString(),
                    "--signal", signal.toString(), "--duration", "7s", "--rate", "400", "--fraction", "0.5",
                    "--burst-start", "2s", "--burst-end", "4s", "--window", "1s", "--set", "window.grace.ms=0",
                    "--set", "window.idle.close.ms=1000", "--http-port", "0");

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
        assertThat(lines.indexOf(rows.get(rows.size() - 1))).as("the last row comes before the summary")
                .isLessThan(lines.indexOf(lines.stream().filter(line -> line.startsWith("replay: ")).findFirst().orElseThrow()));
    }

    /**
     * As {@code ./adtrigger demo} starts it: a JVM of its own with the production logging configuration.
     * Its stderr has no WARN line (Kafka's start-up notices are quietened in the demo only, the state
     * directory is outside the OS temp folder), and every event sent was counted in a window printed before
     * the summary, the last windows included (they close after the replay stops).
     */
    @Test
    void inItsOwnJvmTheDemoPrintsNoWarningAndEveryWindowBeforeTheSummary() throws Exception {
        Path model = TestModelFiles.servable(dir);
        Path background = TestArchives.write(dir.resolve("background.avro"), "zee,zmumu", 3_000, 1);
        Path signal = TestArchives.write(dir.resolve("signal.avro"), "zprime:2000", 300, 2);
        Path stdout = dir.resolve("demo.out");
        Path stderr = dir.resolve("demo.err");
        ProcessBuilder demo = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-Dlog4j2.configurationFile=log4j2.xml", "-cp", System.getProperty("java.class.path"),
                StreamsMain.class.getName(), "demo", "--model", model.toString(), "--background", background.toString(),
                "--signal", signal.toString(), "--duration", "5s", "--rate", "300", "--burst-start", "1s",
                "--burst-end", "3s", "--window", "1s", "--set", "window.grace.ms=1000", "--set", "window.idle.close.ms=1000",
                "--http-port", "0").redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        demo.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Process process = demo.start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("demo ended within 90 s").isTrue();
        } finally {
            process.destroyForcibly();
        }

        String err = Files.readString(stderr);
        List<String> lines = Files.readAllLines(stdout);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err.lines()).as(err).noneMatch(line -> line.contains(" WARN "));
        long sent = Long.parseLong(only(lines, "replay: (\\d+) events sent in .*"));
        assertThat(only(lines, "(\\d+) events scored in \\d+ closed windows .*")).as(String.join("\n", lines))
                .isEqualTo(Long.toString(sent));
        assertThat(dir.resolve("cache/adtrigger")).isEmptyDirectory();
    }

    private static String only(List<String> lines, String regex) {
        Pattern pattern = Pattern.compile(regex);
        return lines.stream().map(pattern::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no line matches " + regex + " in " + lines));
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
